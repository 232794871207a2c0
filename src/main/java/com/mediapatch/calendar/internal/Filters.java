package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.EventType;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;

import org.springframework.stereotype.Component;

/**
 * Turns the list's typed filters into an {@link EventFilter} in the viewer's zone: unknown types and
 * places are ignored, as the directory does, while a radius outside 1 to 500 km, dates outside the
 * next five years (or a range over a year) or search words over {@link #LONGEST_WORDS} characters are
 * refused with {@link CalendarProblem#FILTER_REFUSED}.
 */
@Component
public class Filters {

    public static final int MOST_KM = 500;
    public static final int DEFAULT_KM = 25;
    /** The longest text the search box takes. */
    public static final int LONGEST_WORDS = 100;
    private static final Duration FURTHEST = Duration.ofDays(5 * 366);

    private final Places places;
    private final Clock clock;

    Filters(Places places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    public EventFilter resolve(EventQuery query, ZoneId zone) {
        Instant now = clock.instant();
        ZonedDateTime today = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        Instant from = now;
        Instant until = now.plus(FURTHEST);
        switch (query.when() == null ? "" : query.when().strip().toLowerCase(Locale.ROOT)) {
            case "today" -> until = today.plusDays(1).toInstant();
            case "weekend" -> {
                ZonedDateTime saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                ZonedDateTime start = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today : saturday;
                from = later(now, start.toInstant());
                until = saturday.plusDays(2).toInstant();
            }
            case "week" -> until = today.plusDays(8).toInstant();
            case "range" -> {
                LocalDate first = date(query.from(), today.toLocalDate());
                LocalDate last = date(query.to(), first.plusDays(30));
                if (last.isBefore(first) || last.isAfter(first.plusDays(366))) {
                    throw refused("A date range ends on or after its first day and spans at most a year.");
                }
                from = later(now, first.atStartOfDay(zone).toInstant());
                until = last.plusDays(1).atStartOfDay(zone).toInstant();
                if (until.isAfter(now.plus(FURTHEST))) {
                    throw refused("Dates lie within the next five years.");
                }
            }
            default -> { }
        }
        Optional<Place> place = place(query.placeId());
        Integer radius = place.isEmpty() ? null : radius(query.radius());
        String genre = query.genre() == null || query.genre().isBlank() ? null
                : query.genre().strip().toLowerCase(Locale.ROOT);
        if (genre != null && genre.length() > 40) {
            throw refused("A genre has at most 40 characters.");
        }
        return new EventFilter(EventType.parse(query.type()), from, until, place.map(Place::latitude).orElse(null),
                place.map(Place::longitude).orElse(null), radius, genre, query.freeOnly(), words(query.q()));
    }

    /** The events of one month in the viewer's zone, with the query's other filters. */
    public EventFilter month(EventQuery query, ZoneId zone, LocalDate firstDay) {
        EventFilter filter = resolve(new EventQuery(query.q(), query.type(), null, null, null, query.placeId(),
                query.radius(), query.genre(), query.free()), zone);
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        Instant end = firstDay.plusMonths(1).atStartOfDay(zone).toInstant();
        if (end.isAfter(clock.instant().plus(FURTHEST))) {
            throw refused("Dates lie within the next five years.");
        }
        return new EventFilter(filter.type(), start, end, filter.latitude(), filter.longitude(), filter.radiusKm(),
                filter.genre(), filter.freeOnly(), filter.words());
    }

    public Optional<Place> place(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : places.byId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The typed words, or null when there are none (blank, or nothing but punctuation). */
    private static String words(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        if (text.strip().length() > LONGEST_WORDS) {
            throw refused("Search with at most " + LONGEST_WORDS + " characters.");
        }
        return text.strip();
    }

    private static Integer radius(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_KM;
        }
        try {
            int km = Integer.parseInt(text.strip());
            if (km >= 1 && km <= MOST_KM) {
                return km;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw refused("The radius is a whole number of kilometres from 1 to " + MOST_KM + ".");
    }

    private LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            LocalDate today = clock.instant().atZone(ZoneId.of("UTC")).toLocalDate();
            if (date.isBefore(today.minusDays(1)) || date.isAfter(today.plusYears(5))) {
                throw refused("Dates lie within the next five years.");
            }
            return date;
        } catch (DateTimeException e) {
            throw refused("Write dates as 2026-12-24.");
        }
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static CalendarProblem refused(String detail) {
        return new CalendarProblem(CalendarProblem.FILTER_REFUSED, detail);
    }
}
