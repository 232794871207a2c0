package com.mediapatch.site;

/** Paths of the site's screens, imported by templates so a typo fails the build. */
public final class SiteRoutes {

    public static final String HOME = "/";
    public static final String SITE_API = "/api/v1/site";
    public static final String API_DOCS = "/api/docs";

    private SiteRoutes() {
    }
}
