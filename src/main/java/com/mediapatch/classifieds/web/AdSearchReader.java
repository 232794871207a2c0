package com.mediapatch.classifieds.web;

import java.util.Optional;

import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.CategoryNotFound;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;

import org.springframework.stereotype.Component;

/** Reads an {@link AdSearch} into the query: texts clipped, unknown spans and places ignored, radius clamped. */
@Component
class AdSearchReader {

    static final int LONGEST_TEXT = 100;

    private final Places places;

    AdSearchReader(Places places) {
        this.places = places;
    }

    /** The query with the place it is about, if any. */
    record Read(AdQuery query, Place place) {
    }

    Read read(AdSearch search) {
        Optional<Place> place = placeOf(search.near(), clip(search.city()));
        Category category = search.category() == null || search.category().isBlank() ? null
                : Category.bySlug(search.category().strip()).orElseThrow(CategoryNotFound::new);
        AdQuery query = new AdQuery(clip(search.q()), category, clip(search.instrument()), clip(search.genre()),
                spanOf(search.within()), place.map(AdSearchReader::adPlace).orElse(null), radiusOf(search.radius()));
        return new Read(query, place.orElse(null));
    }

    static AdPlace adPlace(Place place) {
        return new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude());
    }

    /** The picked place, or without the picker's script the most populous town called what was typed. */
    private Optional<Place> placeOf(String near, String city) {
        try {
            if (near != null && !near.isBlank()) {
                return places.byId(Long.parseLong(near.strip()));
            }
        } catch (NumberFormatException notAPlace) {
            return Optional.empty();
        }
        return city == null ? Optional.empty()
                : places.suggest(city, 1).stream().filter(place -> place.isCalled(city)).findFirst();
    }

    private static AdQuery.PostedWithin spanOf(String within) {
        for (AdQuery.PostedWithin span : AdQuery.PostedWithin.values()) {
            if (span.name().equalsIgnoreCase(within)) {
                return span;
            }
        }
        return null;
    }

    private static int radiusOf(String radius) {
        try {
            return radius == null || radius.isBlank() ? AdQuery.DEFAULT_RADIUS_KM
                    : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(radius.strip())));
        } catch (NumberFormatException notANumber) {
            return AdQuery.DEFAULT_RADIUS_KM;
        }
    }

    /** The page asked for; anything but a number is the first (the finder clamps the rest). */
    static int pageNumber(String page) {
        try {
            return page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > LONGEST_TEXT ? stripped.substring(0, LONGEST_TEXT) : stripped;
    }
}
