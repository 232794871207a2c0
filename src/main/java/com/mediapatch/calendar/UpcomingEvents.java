package com.mediapatch.calendar;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.mediapatch.calendar.internal.EventReader;

import org.springframework.stereotype.Service;

/**
 * Upcoming events found by words, for searches beyond the events page: the best matches from the events
 * search index (typos forgiven, synonyms known), cancelled and past events left out, each at its next
 * occurrence. Events are public, so anyone may be shown them.
 */
@Service
public class UpcomingEvents {

    /** The most matches one call returns. */
    public static final int MOST = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final EventReader reader;

    UpcomingEvents(EventReader reader) {
        this.reader = reader;
    }

    /** At most {@code limit} (1 to {@link #MOST}) upcoming events matching {@code words}, best first. */
    public List<EventMatch> matching(String words, int limit) {
        return reader.best(words, Math.max(1, Math.min(limit, MOST))).stream().map(UpcomingEvents::match).toList();
    }

    private static EventMatch match(Listing listing) {
        EventDetails event = listing.event();
        ZonedDateTime start = listing.occurrence().startsAt().atZone(event.zone());
        boolean online = event.city() == null;
        String when = WHEN.format(start) + (online ? " (" + event.zone().getId() + ")" : "");
        String where = online ? "Online" : event.venue() == null ? event.city() : event.venue() + ", " + event.city();
        return new EventMatch(event.id(), event.title(), when, where, event.type().label(),
                CalendarRoutes.event(event.id(), listing.occurrence().id()));
    }
}
