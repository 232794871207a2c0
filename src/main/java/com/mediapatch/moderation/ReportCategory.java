package com.mediapatch.moderation;

/** Why something is reported. */
public enum ReportCategory {
    SPAM("Spam"),
    HARASSMENT("Harassment or bullying"),
    HATE("Hate"),
    SEXUAL_CONTENT("Sexual content"),
    IMPERSONATION("Impersonation"),
    OTHER("Something else");

    private final String label;

    ReportCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
