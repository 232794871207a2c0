package com.mediapatch.calendar;

import java.time.Instant;

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
 */
public record EventFilter(EventType type, Instant from, Instant until, Double latitude, Double longitude,
        Integer radiusKm, String genre, boolean freeOnly) {

    public boolean near() {
        return latitude != null && longitude != null && radiusKm != null;
    }
}
