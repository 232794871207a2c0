package com.mediapatch.profiles;

/** Paths of the profile screens, imported by templates so a typo fails the build. */
public final class ProfileRoutes {

    public static final String MEMBERS = "/members";
    public static final String EDIT = "/settings/profile";

    private ProfileRoutes() {
    }
}
