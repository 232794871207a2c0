package com.mediapatch.profiles.web;

import java.util.Optional;

import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileDetails;

import org.springframework.stereotype.Component;

/**
 * What the editor's location fields mean: a place picked from the suggestions (its id, kept only
 * while the city still names it), else a place with exactly the typed name in the chosen country
 * (how the form works without script), else what the profile already had for the same city, else
 * the city and country as typed, without coordinates.
 */
@Component
class LocationChoice {

    private final Places places;

    LocationChoice(Places places) {
        this.places = places;
    }

    Location of(String city, String country, Long placeId, Optional<ProfileDetails> current) {
        if (city == null || city.isBlank()) {
            return new Location(null, country, null, null, null);
        }
        Optional<Place> picked = Optional.ofNullable(placeId).flatMap(places::byId)
                .filter(place -> place.isCalled(city) && sameCountry(place, country));
        Optional<Place> place = picked.or(() -> places.named(city, country));
        if (place.isPresent()) {
            Place found = place.get();
            return new Location(found.name(), found.country(), found.id(), found.latitude(), found.longitude());
        }
        return current.filter(before -> city.strip().equalsIgnoreCase(before.city()) && sameCountry(before.country(), country))
                .map(Location::of)
                .orElseGet(() -> new Location(city.strip(), country, null, null, null));
    }

    private static boolean sameCountry(Place place, String country) {
        return country == null || country.isBlank() || place.country().equals(country);
    }

    private static boolean sameCountry(String before, String country) {
        return (before == null ? "" : before).equals(country == null ? "" : country);
    }

    /** Where a member is, as the profile stores it. */
    record Location(String city, String country, Long placeId, Double latitude, Double longitude) {

        /** Where the profile says the member is now. */
        static Location of(ProfileDetails details) {
            return new Location(details.city(), details.country(), details.placeId(), details.latitude(),
                    details.longitude());
        }
    }
}
