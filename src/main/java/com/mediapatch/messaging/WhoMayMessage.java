package com.mediapatch.messaging;

/** A member's rule for who may send them direct messages; it applies to every new message. */
public enum WhoMayMessage {
    EVERYONE("Everyone"), FRIENDS("Only friends"), NOBODY("Nobody");

    private final String label;

    WhoMayMessage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
