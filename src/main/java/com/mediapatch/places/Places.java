package com.mediapatch.places;

import java.util.List;
import java.util.Optional;

import com.mediapatch.places.internal.Gazetteer;

import org.springframework.stereotype.Service;

/**
 * The bundled gazetteer for other modules: type-ahead over town and city names (accents and case
 * ignored, most populous first), a place by id, a typed city and country resolved to a place. The
 * list is read from the jar the first time it is asked for, not at start.
 */
@Service
public class Places {

    /** The most suggestions one call returns. */
    public static final int MAX_SUGGESTIONS = 10;

    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Places whose name (or its plain-letter spelling) begins with the typed text, most populous
     * first; at most {@code limit}, never more than {@link #MAX_SUGGESTIONS}. Blank text finds none.
     */
    public List<Place> suggest(String typed, int limit) {
        return gazetteer.startingWith(typed, Math.max(0, Math.min(limit, MAX_SUGGESTIONS)));
    }

    public Optional<Place> byId(long id) {
        return gazetteer.byId(id);
    }

    /**
     * The most populous place called exactly {@code name} (accents and case ignored), in the given
     * country when one is given (ISO alpha-2; blank for any).
     */
    public Optional<Place> named(String name, String country) {
        return gazetteer.named(name, country);
    }
}
