package com.mediapatch.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the events list shows: occurrences starting in [{@code from}, {@code until}), narrowed by the
 * optional filters. Resolved from the page's or API's parameters, with absurd values refused.
 *
 * @param type only this type, or null
 * @param from earliest start
 * @param until starts before this
 * @param latitude centre of the radius search, or null
 * @param longitude centre of the radius search, or null
 * @param radiusKm radius around the centre, or null
 * @param genre only events with this lower-case genre, or null
 * @param freeOnly only free entry
 * @param words only events whose text matches these words (through the search index), or null
 */
public record EventFilter(EventType type, Instant from, Instant until, Double latitude, Double longitude,
        Integer radiusKm, String genre, boolean freeOnly, String words) {

    /** The typed words, lower case, split at anything but letters and digits. */
    public List<String> wordList() {
        return words == null ? List.of() : Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    public boolean near() {
        return latitude != null && longitude != null && radiusKm != null;
    }
}
