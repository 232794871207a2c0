package com.mediapatch.moderation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Paths of the moderation screens, imported by templates so a typo fails the build. */
public final class ModerationRoutes {

    public static final String NEW_REPORT = "/reports/new";
    public static final String REPORTS = "/reports";
    public static final String QUEUE = "/moderation";
    public static final String CASES = "/moderation/cases";

    private ModerationRoutes() {
    }

    public static String reportMember(String handle) {
        return NEW_REPORT + "?member=" + URLEncoder.encode("@" + handle, StandardCharsets.UTF_8);
    }

    public static String reportMessage(UUID message) {
        return NEW_REPORT + "?message=" + message;
    }

    public static String reportConversation(UUID conversation) {
        return NEW_REPORT + "?conversation=" + conversation;
    }

    /** The report form for a target another module contributes, such as an ad: {@code kind} as its bean declares it. */
    public static String reportContributed(String kind, UUID id) {
        return NEW_REPORT + "?contributed=" + kind + ":" + id;
    }

    public static String moderationCase(UUID id) {
        return CASES + "/" + id;
    }
}
