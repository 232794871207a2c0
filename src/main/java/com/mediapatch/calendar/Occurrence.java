package com.mediapatch.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * One occurrence of an event with its answers counted, as listings show it.
 *
 * @param id the occurrence
 * @param eventId its event
 * @param startsAt start, UTC
 * @param endsAt end, UTC
 * @param cancelled whether this one occurrence (or the event) is off
 * @param going members going
 * @param interested members interested
 * @param waitlisted members waiting for a place
 */
public record Occurrence(UUID id, UUID eventId, Instant startsAt, Instant endsAt, boolean cancelled, int going,
        int interested, int waitlisted) {

    /** Whether it has a place left under {@code capacity} (null: unlimited). */
    public boolean full(Integer capacity) {
        return capacity != null && going >= capacity;
    }
}
