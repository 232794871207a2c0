package com.mediapatch.places.internal;

import java.util.List;
import java.util.Optional;

import com.mediapatch.places.Place;

import org.springframework.stereotype.Component;

/**
 * Holds the city list, read from {@link CityList#RESOURCE} the first time a caller needs it: the
 * start of the platform does not pay for a list most requests never touch.
 */
@Component
public class Gazetteer {

    private volatile CityList cities;

    public List<Place> startingWith(String typed, int limit) {
        String prefix = Folding.fold(typed);
        return prefix.isEmpty() || limit == 0 ? List.of() : cities().startingWith(prefix, limit);
    }

    public Optional<Place> byId(long id) {
        return cities().byId(id);
    }

    public Optional<Place> named(String name, String country) {
        String folded = Folding.fold(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return cities().startingWith(folded, Integer.MAX_VALUE).stream()
                .filter(place -> Folding.fold(place.name()).equals(folded))
                .filter(place -> country == null || country.isBlank() || place.country().equals(country))
                .findFirst();
    }

    private CityList cities() {
        CityList loaded = cities;
        if (loaded == null) {
            synchronized (this) {
                if (cities == null) {
                    cities = CityList.load();
                }
                loaded = cities;
            }
        }
        return loaded;
    }
}
