package com.mediapatch.places;

import com.mediapatch.shared.web.PageScript;

/** The scripts pages with a place input need besides the shell's own, imported by their templates. */
public final class PlaceScripts {

    /**
     * The city picker: an input marked data-city-picker, filled from {@link PlaceRoutes#SUGGESTIONS}, becomes a
     * combobox whose pick sets the hidden place id and the country.
     */
    public static final PageScript CITY_PICKER = new PageScript("/js/city-picker.js");

    private PlaceScripts() {
    }
}
