package com.mediapatch.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification a member can choose a {@link Delivery} for, with the defaults
 * used until they choose. The slug is what {@link NotificationRaised#kind()} carries.
 */
public enum NotificationKind {
    FRIEND_REQUEST("friend-request", "Friend requests", Delivery.IN_APP),
    FRIEND_ACCEPTED("friend-accepted", "Accepted friend requests", Delivery.IN_APP),
    MESSAGE("message", "Messages", Delivery.IN_APP),
    MENTION("mention", "Mentions", Delivery.IN_APP),
    MODERATION_OUTCOME("moderation-outcome", "Outcomes of reports and warnings", Delivery.EMAIL),
    ANNOUNCEMENT("announcement", "Announcements", Delivery.IN_APP);

    private final String slug;
    private final String label;
    private final Delivery byDefault;

    NotificationKind(String slug, String label, Delivery byDefault) {
        this.slug = slug;
        this.label = label;
        this.byDefault = byDefault;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    public static Optional<NotificationKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
