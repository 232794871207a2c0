package com.mediapatch.profiles;

/** What a member is open to, shown on the profile and there for the directory to filter on. */
public enum Availability {
    GIGS("Gigs"), SESSIONS("Sessions"), BAND("Joining a band"), COLLABORATION("Collaboration"), TEACHING("Teaching");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
