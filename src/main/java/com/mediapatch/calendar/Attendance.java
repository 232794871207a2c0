package com.mediapatch.calendar;

/** A member's answer for one occurrence; WAITLISTED is "going" while the occurrence is full. */
public enum Attendance {
    GOING("Going"),
    INTERESTED("Interested"),
    WAITLISTED("On the waitlist");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
