package com.mediapatch.profiles.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166 countries with English names, for the location picker and profile pages. */
public final class Countries {

    /** One selectable country. */
    public record Country(String code, String name) {
    }

    static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name)).toList();

    private Countries() {
    }

    static String name(String code) {
        return code == null ? null : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
