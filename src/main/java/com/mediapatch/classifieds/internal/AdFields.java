package com.mediapatch.classifieds.internal;

/** Names of the fields in the classifieds search index. */
final class AdFields {

    static final String INDEX = "classifieds";
    static final String ID = "id";
    static final String OWNER = "owner";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String CATEGORY = "category";
    static final String INSTRUMENT = "instrument";
    static final String INSTRUMENT_WORDS = "instrument_words";
    static final String GENRE = "genre";
    static final String GENRE_WORDS = "genre_words";
    static final String STATUS = "status";
    static final String HIDDEN = "hidden";
    static final String CITY = "city";
    static final String LOCATION = "location";
    static final String PUBLISHED = "published";
    static final String EXPIRES = "expires";
    static final String MEANING = "meaning";

    private AdFields() {
    }
}
