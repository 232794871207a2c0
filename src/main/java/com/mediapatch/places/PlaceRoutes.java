package com.mediapatch.places;

/** Paths the places module answers, imported by templates so a typo fails the build. */
public final class PlaceRoutes {

    /** Suggestions for a city input (parameter {@code city}): an htmx fragment of listbox options. */
    public static final String SUGGESTIONS = "/places/suggestions";

    private PlaceRoutes() {
    }
}
