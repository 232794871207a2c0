package com.mediapatch.calendar.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Occurrence times in the viewer's zone, written the way the pages show them.
 *
 * @param zone the viewer's zone
 */
public record Times(ZoneId zone) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** 'Thu 10 Dec 2026, 19:30–22:00', or with both days when it ends on another day. */
    public String span(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String first = DAY.format(from) + ", " + TIME.format(from);
        return from.toLocalDate().equals(to.toLocalDate()) ? first + "–" + TIME.format(to)
                : first + " – " + DAY.format(to) + ", " + TIME.format(to);
    }

    public String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** 'Europe/London', or 'UTC'. */
    public String zoneName() {
        return zone.getId().equals("Z") ? "UTC" : zone.getId();
    }
}
