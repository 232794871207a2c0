package com.mediapatch.profiles;

import com.mediapatch.shared.web.PageScript;

/** The scripts the profile pages need besides the shell's own, imported by their templates. */
public final class ProfileScripts {

    /** Tag inputs in the editor: chips over the comma-separated field, with suggestions. */
    public static final PageScript TAGS = new PageScript("/js/tags.js");

    private ProfileScripts() {
    }
}
