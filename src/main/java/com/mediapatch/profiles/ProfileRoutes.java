package com.mediapatch.profiles;

import java.util.UUID;

/** Paths of the profile screens, imported by templates so a typo fails the build. */
public final class ProfileRoutes {

    public static final String MEMBERS = "/members";
    public static final String EDIT = "/settings/profile";
    /** POST .../{section}: save one section of the editor. */
    public static final String EDIT_SECTION = EDIT + "/sections";
    /** POST: upload (multipart) a photo or banner; POST .../remove: take it away. */
    public static final String IMAGES_EDIT = EDIT + "/images";
    /** GET ?kind=skills&amp;q=dr: the most used tags starting with what was typed, as an htmx fragment. */
    public static final String TAG_SUGGESTIONS = EDIT + "/tag-suggestions";
    /** GET: one rendition of a member's photo or banner, served under the profile's visibility rules. */
    public static final String IMAGE = MEMBERS + "/{handle}/images/{imageId}/{size}";

    private ProfileRoutes() {
    }

    public static String image(String handle, UUID imageId, ProfileImageSize size) {
        return MEMBERS + "/" + handle + "/images/" + imageId + "/" + size.slug();
    }

    public static String section(String section) {
        return EDIT_SECTION + "/" + section;
    }
}
