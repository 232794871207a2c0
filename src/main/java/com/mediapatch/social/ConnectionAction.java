package com.mediapatch.social;

import java.util.Arrays;
import java.util.Optional;

/** What a member can do about another from a profile, a list or a conversation. */
public enum ConnectionAction {
    REQUEST("request", "Add friend", "Friend request sent."),
    CANCEL("cancel", "Cancel request", "Friend request cancelled."),
    ACCEPT("accept", "Accept", "You are friends now."),
    DECLINE("decline", "Decline", "Friend request declined."),
    UNFRIEND("unfriend", "Unfriend", "You are no longer friends."),
    BLOCK("block", "Block", "Blocked. Neither of you can reach the other now."),
    UNBLOCK("unblock", "Unblock", "Unblocked."),
    MUTE("mute", "Mute", "Muted. You won't be notified about them."),
    UNMUTE("unmute", "Unmute", "Unmuted.");

    private final String slug;
    private final String label;
    private final String done;

    ConnectionAction(String slug, String label, String done) {
        this.slug = slug;
        this.label = label;
        this.done = done;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** What to tell the member once it is done. */
    public String done() {
        return done;
    }

    public static Optional<ConnectionAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug.equals(slug)).findFirst();
    }
}
