package com.mediapatch.godmode;

/** The God Mode paths, for controllers and templates alike. */
public final class GodModeRoutes {

    public static final String DASHBOARD = "/god";
    public static final String STEP_UP = "/god/step-up";
    public static final String MEMBERS = "/god/members";
    public static final String SITE = "/god/site";
    public static final String CONSOLE = "/god/console";
    public static final String CONSOLE_SUGGESTIONS = "/god/console/suggestions";
    public static final String CONSOLE_RUN = "/god/console/run";
    public static final String AUDIT = "/god/audit";
    public static final String AUDIT_VERIFY = "/god/audit/verify";
    public static final String AUDIT_CHECKPOINT = "/god/audit/checkpoint";
    public static final String IMPERSONATION_END = "/god/impersonation/end";

    private GodModeRoutes() {
    }

    public static String member(Object accountId) {
        return MEMBERS + "/" + accountId;
    }
}
