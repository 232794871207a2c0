package com.mediapatch.notifications;

/** How a member wants one kind of notification: in the centre only, also in the mail digest, or not at all. */
public enum Delivery {
    IN_APP("In the app"),
    EMAIL("In the app and by email digest"),
    OFF("Off");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
