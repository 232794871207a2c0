package com.mediapatch.security;

/** Paths the security module serves, imported by templates so a typo fails the build. */
public final class SecurityRoutes {

    /** Where the capture guard script reports a screenshot key pressed over protected content. */
    public static final String CAPTURE_ATTEMPTS = "/security/capture-attempts";

    /** The capture guard itself, which protected content (components/protected.jte) asks for. */
    public static final String CAPTURE_GUARD_SCRIPT = "/js/capture-guard.js";

    private SecurityRoutes() {
    }
}
