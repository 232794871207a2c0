package com.mediapatch.moderation;

/** How a moderator closes a case. */
public enum Resolution {
    DISMISS("Dismiss: no rule broken"),
    WARN("Warn the member"),
    HIDE_MESSAGE("Hide the reported content"),
    SUSPEND("Suspend the member");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
