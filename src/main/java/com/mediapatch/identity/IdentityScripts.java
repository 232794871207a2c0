package com.mediapatch.identity;

import com.mediapatch.shared.web.PageScript;

/** The scripts identity's pages need besides the shell's own, imported by their templates. */
public final class IdentityScripts {

    /** Creating a passkey in the security settings and signing in with one. */
    public static final PageScript PASSKEYS = new PageScript("/js/passkeys.js");

    private IdentityScripts() {
    }
}
