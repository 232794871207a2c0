package com.mediapatch.identity;

/** Paths of the identity screens, imported by templates so a typo fails the build. */
public final class IdentityRoutes {

    /** Session attribute carrying the suspension or ban notice from a refused sign-in to the form. */
    public static final String RESTRICTION_NOTICE = "mediapatch.sign-in.restriction";

    public static final String SIGN_UP = "/sign-up";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_IN_CODE = "/sign-in/code";
    public static final String SECURITY_SETTINGS = "/settings/security";
    public static final String SIGN_OUT = "/sign-out";
    public static final String VERIFY_EMAIL = "/verify-email";
    public static final String RESEND_VERIFICATION = "/verify-email/resend";
    public static final String PASSWORD_RESET = "/password-reset";
    public static final String ACCOUNT_SETTINGS = "/settings/account";
    public static final String CHANGE_EMAIL = "/settings/account/email";
    public static final String SESSIONS = "/settings/sessions";
    public static final String ROLES = "/admin/roles";
    public static final String TOKENS = "/settings/tokens";

    private IdentityRoutes() {
    }
}
