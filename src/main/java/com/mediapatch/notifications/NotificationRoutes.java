package com.mediapatch.notifications;

/** Paths of the notification screens, imported by templates so a typo fails the build. */
public final class NotificationRoutes {

    public static final String CENTRE = "/notifications";
    public static final String BADGE = "/notifications/badge";
    public static final String READ_ALL = "/notifications/read-all";
    public static final String SETTINGS = "/settings/notifications";

    private NotificationRoutes() {
    }

    /** Marks one notification read and follows its link. */
    public static String open(java.util.UUID id) {
        return CENTRE + "/" + id + "/open";
    }
}
