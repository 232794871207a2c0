package com.mediapatch.profiles.internal;

/** The names of the fields {@link Profile} is indexed under, shared by its mapping and {@link ProfileSearch}. */
final class ProfileSearchFields {

    static final String INDEX = "profiles";
    static final String ACCOUNT = "account";
    static final String HANDLE = "handle";
    static final String HANDLE_WORDS = "handle_words";
    static final String NAME = "name";
    static final String NAME_ORDER = "name_order";
    static final String BIO = "bio";
    static final String CITY = "city";
    static final String CITY_WORDS = "city_words";
    static final String VISIBILITY = "visibility";
    static final String DISCIPLINE = "discipline";
    static final String DISCIPLINE_WORDS = "discipline_words";
    static final String SKILL = "skill";
    static final String SKILL_WORDS = "skill_words";
    static final String GENRE = "genre";
    static final String GENRE_WORDS = "genre_words";

    private ProfileSearchFields() {
    }
}
