package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.internal.SavedEventSearches.SavedEventSearch;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.search.Words;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an event is posted, the saved searches are read a batch at a time and matched against that one event in
 * memory: its type, genre, free entry, distance, whether one of its coming occurrences falls in the search's
 * dates, and every typed word in its title, description, venue, city or genres. Each other member with a match
 * is told once. No saved search is ever re-run on a timer.
 */
@Component
class EventSearchAlerts {

    static final String KIND = "event-search-match";
    /** Occurrences of a recurring event looked at: a weekly event's next two years or so. */
    static final int MOST_STARTS = 120;

    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final SavedEventSearches searches;
    private final Filters filters;
    private final Notices notices;
    private final Clock clock;

    EventSearchAlerts(EventStore events, OccurrenceStore occurrences, SavedEventSearches searches, Filters filters,
            Notices notices, Clock clock) {
        this.events = events;
        this.occurrences = occurrences;
        this.searches = searches;
        this.filters = filters;
        this.notices = notices;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "calendar.on-event-posted")
    void on(EventPosted posted) {
        events.find(posted.event()).filter(found -> !found.cancelled()).ifPresent(event -> notices.tell(recipients(event),
                KIND, "A new event matches your saved search: \u201c" + event.title() + "\u201d",
                CalendarRoutes.event(event.id()), event.organiser()));
    }

    /** The members, other than its organiser, with a saved search the event matches. */
    Set<AccountId> recipients(EventDetails event) {
        List<Instant> starts = occurrences.nextOf(event.id(), clock.instant(), MOST_STARTS).stream()
                .filter(occurrence -> !occurrence.cancelled()).map(Occurrence::startsAt).toList();
        Words text = Words.of(String.join(" ", event.title(), event.description(), nullToEmpty(event.venue()),
                nullToEmpty(event.city()), String.join(" ", event.genres())));
        Set<AccountId> matched = new LinkedHashSet<>();
        UUID after = null;
        List<SavedEventSearch> batch;
        do {
            batch = searches.batch(after);
            batch.stream().filter(search -> !search.owner().equals(event.organiser()) && !matched.contains(search.owner()))
                    .filter(search -> matches(search, event, starts, text)).forEach(search -> matched.add(search.owner()));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == SavedEventSearches.BATCH && !starts.isEmpty());
        return matched;
    }

    private boolean matches(SavedEventSearch search, EventDetails event, List<Instant> starts, Words text) {
        EventFilter filter;
        try {
            filter = filters.resolve(search.query(), search.zone());
        } catch (CalendarProblem noLongerValid) {
            return false;
        }
        return (filter.type() == null || filter.type() == event.type())
                && (filter.genre() == null || event.genres().contains(filter.genre()))
                && (!filter.freeOnly() || event.free())
                && (!filter.near() || within(filter, event))
                && starts.stream().anyMatch(start -> !start.isBefore(filter.from()) && start.isBefore(filter.until()))
                && text.containAll(filter.wordList());
    }

    private static boolean within(EventFilter filter, EventDetails event) {
        return event.latitude() != null && event.longitude() != null && Place.kilometresBetween(filter.latitude(),
                filter.longitude(), event.latitude(), event.longitude()) <= filter.radiusKm();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
