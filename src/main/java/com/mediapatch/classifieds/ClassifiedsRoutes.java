package com.mediapatch.classifieds;

/** Paths of the classifieds screens and API, imported by templates so a typo fails the build. */
public final class ClassifiedsRoutes {

    public static final String LIST = "/classifieds";
    public static final String NEW = "/classifieds/new";
    public static final String PREVIEW = "/classifieds/preview";
    public static final String MINE = "/classifieds/mine";
    public static final String ADS = "/classifieds/ads";
    public static final String SAVED = "/classifieds/saved";
    public static final String API = "/api/v1/classifieds";
    public static final String API_SEARCH = "/api/v1/classifieds/search";

    private ClassifiedsRoutes() {
    }

    public static String ad(AdId id) {
        return ADS + "/" + id;
    }

    public static String edit(AdId id) {
        return ad(id) + "/edit";
    }

    public static String step(AdId id, String step) {
        return ad(id) + "/" + step;
    }

    public static String deleteSaved(java.util.UUID id) {
        return SAVED + "/" + id + "/delete";
    }

    public static String category(Category category) {
        return LIST + "?category=" + category.slug();
    }
}
