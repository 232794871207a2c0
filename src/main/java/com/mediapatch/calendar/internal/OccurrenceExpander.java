package com.mediapatch.calendar.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.Recur;

/**
 * The starts of an event's occurrences within a window, by its RFC 5545 rule (ical4j's {@link Recur}).
 * Expansion runs in the event's own zone, so a weekly 20:00 jam stays at 20:00 local time when the
 * clocks change, and its UTC instant moves.
 */
final class OccurrenceExpander {

    /** The most occurrences one expansion yields, whatever the rule: a weekly event for about ten years. */
    static final int MOST = 520;

    private OccurrenceExpander() {
    }

    /** Starts from {@code from} (inclusive) to {@code until} (exclusive); the first start counts as an occurrence. */
    static List<ZonedDateTime> starts(ZonedDateTime first, String rrule, Instant from, Instant until) {
        List<ZonedDateTime> starts = new ArrayList<>();
        if (within(first, from, until)) {
            starts.add(first);
        }
        if (rrule == null) {
            return starts;
        }
        Recur<ZonedDateTime> recur = new Recur<>(rrule);
        ZonedDateTime windowStart = from.atZone(first.getZone()).minusNanos(1);
        for (ZonedDateTime date : recur.getDates(first, windowStart, until.atZone(first.getZone()), MOST)) {
            ZonedDateTime start = date.withZoneSameLocal(first.getZone());
            if (within(start, from, until) && !start.toInstant().equals(first.toInstant()) && start.isAfter(first)) {
                starts.add(start);
            }
        }
        return starts.size() > MOST ? starts.subList(0, MOST) : starts;
    }

    private static boolean within(ZonedDateTime start, Instant from, Instant until) {
        return !start.toInstant().isBefore(from) && start.toInstant().isBefore(until);
    }
}
