package com.mediapatch.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The events list's filters as typed in the address, kept as text so unknown values can be ignored
 * and absurd ones refused with a clear message.
 *
 * @param q words to look for in titles, descriptions, venues, cities and genres
 * @param type an {@link EventType} name
 * @param when today, weekend, week, range or blank for everything upcoming
 * @param from first day of a range, 2026-12-24
 * @param to last day of a range
 * @param placeId gazetteer id of the city to search around
 * @param radius km around the city
 * @param genre one genre
 * @param free "true" for free entry only
 */
public record EventQuery(String q, String type, String when, String from, String to, String placeId, String radius, String genre,
        String free) {

    public static final EventQuery NONE = new EventQuery(null, null, null, null, null, null, null, null, null);

    /** The filters as a query string without the leading '?', blank ones left out. */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        add(parts, "type", type);
        add(parts, "when", when);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "placeId", placeId);
        add(parts, "radius", radius);
        add(parts, "genre", genre);
        add(parts, "free", free);
        return String.join("&", parts);
    }

    /** The filters from a query string this record wrote. */
    public static EventQuery parse(String query) {
        String[] values = new String[9];
        List<String> names = List.of("q", "type", "when", "from", "to", "placeId", "radius", "genre", "free");
        for (String part : query == null ? new String[0] : query.split("&")) {
            int equals = part.indexOf('=');
            if (equals > 0 && names.contains(part.substring(0, equals))) {
                values[names.indexOf(part.substring(0, equals))] =
                        java.net.URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return new EventQuery(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                values[8]);
    }

    public boolean freeOnly() {
        return "true".equals(free) || "on".equals(free);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
