package com.mediapatch.calendar.internal;

/** Names of the fields in the events search index. */
final class EventFields {

    static final String INDEX = "events";
    static final String ORGANISER = "organiser";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String VENUE = "venue";
    static final String CITY = "city";
    static final String GENRE = "genre";
    static final String GENRE_WORDS = "genre_words";
    static final String TYPE = "type";
    static final String TYPE_WORDS = "type_words";
    static final String FREE = "free";
    static final String CANCELLED = "cancelled";
    static final String NEXT_START = "next_start";
    static final String LOCATION = "location";

    /** The text fields typed words are looked for in. */
    static final String[] WORDS = {TITLE, TYPE_WORDS, GENRE_WORDS, VENUE, CITY, DESCRIPTION};

    private EventFields() {
    }
}
