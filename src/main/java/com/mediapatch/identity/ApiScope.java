package com.mediapatch.identity;

import java.util.Arrays;
import java.util.Optional;

/** What an API token may do. Access tokens from signing in carry all; personal tokens what was chosen. */
public enum ApiScope {
    PROFILE_READ("profile:read", "Read your account and profile"),
    PROFILE_WRITE("profile:write", "Change your profile"),
    MESSAGES_READ("messages:read", "Read your conversations and messages"),
    MESSAGES_WRITE("messages:write", "Start conversations, send messages and mark them read"),
    NOTIFICATIONS_READ("notifications:read", "Read your notifications and notification settings"),
    NOTIFICATIONS_WRITE("notifications:write", "Mark notifications read and change notification settings"),
    REPORTS_WRITE("reports:write", "Report members and content to the moderators"),
    SOCIAL_READ("social:read", "See your friends, friend requests, blocks and mutes"),
    SOCIAL_WRITE("social:write", "Send and answer friend requests, unfriend, block and mute");

    private final String value;
    private final String description;

    ApiScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority a request with this scope holds. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
