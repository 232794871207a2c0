package com.mediapatch.calendar;

/** What sort of event it is; the listing filters by it. */
public enum EventType {
    GIG("Gig"),
    JAM_SESSION("Jam session"),
    OPEN_MIC("Open mic"),
    WORKSHOP("Workshop"),
    EXHIBITION("Exhibition"),
    SCREENING("Screening"),
    MEETUP("Meetup"),
    ONLINE_STREAM("Online stream");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type named by {@code text} (its name, any case), or null for blank or unknown text. */
    public static EventType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (EventType type : values()) {
            if (type.name().equalsIgnoreCase(text.trim())) {
                return type;
            }
        }
        return null;
    }
}
