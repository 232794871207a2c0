package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.LineupMember;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages, feeds and API read: listings by keyset, one event with its occurrences, a member's events.
 * Listings with typed words list the occurrences of the events the search index finds, or while that index is
 * built, of events containing the words as typed.
 */
@Service
@Transactional(readOnly = true)
public class EventReader {

    /** The most occurrences a month view or a feed reads. */
    public static final int MOST_IN_VIEW = 500;

    /** How far ahead the best matches for words are looked for. */
    private static final Duration AHEAD = Duration.ofDays(5 * 366);
    /** Occurrences read per event asked for while the index is built: recurring events repeat in the list. */
    private static final int ROWS_PER_EVENT = 5;

    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final OccurrenceListings listings;
    private final LineupStore lineups;
    private final EventFinder finder;
    private final SearchIndexes indexes;
    private final Clock clock;

    EventReader(EventStore events, OccurrenceStore occurrences, OccurrenceListings listings, LineupStore lineups,
            EventFinder finder, SearchIndexes indexes, Clock clock) {
        this.events = events;
        this.occurrences = occurrences;
        this.listings = listings;
        this.lineups = lineups;
        this.finder = finder;
        this.indexes = indexes;
        this.clock = clock;
    }

    /** One keyset page of occurrences matching the filter, soonest first. */
    public KeysetPage<Listing> page(EventFilter filter, PageCursor after, int size) {
        return KeysetPage.of(listings(filter, after, size + 1), size,
                listing -> new PageCursor(listing.occurrence().startsAt(), listing.occurrence().id()));
    }

    /** Every occurrence matching the filter, up to {@link #MOST_IN_VIEW}: a month, or a feed. */
    public List<Listing> all(EventFilter filter) {
        return listings(filter, null, MOST_IN_VIEW);
    }

    /** What a list with typed words says while the search index is built; null otherwise. */
    public String wordsNote(EventFilter filter) {
        return filter.words() == null || indexes.ready() ? null : "The search index is being built ("
                + indexes.percentDone() + "%): events containing your first four words as typed, without typo tolerance or synonyms.";
    }

    /**
     * The upcoming events matching {@code words} best, each with its next occurrence, at most {@code limit}; while
     * the search index is built, the soonest events containing the words as typed.
     */
    public List<Listing> best(String words, int limit) {
        Instant now = clock.instant();
        String text = words == null ? "" : words.strip();
        text = text.length() > Filters.LONGEST_WORDS ? text.substring(0, Filters.LONGEST_WORDS) : text;
        EventFilter filter = new EventFilter(null, now, now.plus(AHEAD), null, null, null, null, false, text);
        if (filter.wordList().isEmpty()) {
            return List.of();
        }
        if (!indexes.ready()) {
            return listings.listContaining(filter, null, limit * ROWS_PER_EVENT).stream()
                    .collect(Collectors.toMap(listing -> listing.event().id(), Function.identity(), (first, later) -> first,
                            LinkedHashMap::new))
                    .values().stream().limit(limit).toList();
        }
        List<UUID> found = finder.best(text, filter.wordList(), limit, now);
        Map<UUID, Listing> next = listings.nextOfEach(found, now).stream()
                .collect(Collectors.toMap(listing -> listing.event().id(), Function.identity(), (first, later) -> first));
        return found.stream().map(next::get).filter(Objects::nonNull).toList();
    }

    private List<Listing> listings(EventFilter filter, PageCursor after, int limit) {
        if (filter.words() == null) {
            return listings.list(filter, after, limit);
        }
        if (!indexes.ready()) {
            return listings.listContaining(filter, after, limit);
        }
        return listings.listOf(finder.soonest(filter, clock.instant()), filter, after, limit);
    }

    public Optional<EventDetails> event(UUID id) {
        return events.find(id);
    }

    public Optional<Occurrence> occurrence(UUID id) {
        return occurrences.find(id);
    }

    /** The event's occurrences from now on (cancelled ones too), at most {@code limit}. */
    public List<Occurrence> upcoming(UUID eventId, int limit) {
        return occurrences.nextOf(eventId, clock.instant(), limit);
    }

    public List<Instant> cancelledStarts(UUID eventId) {
        return occurrences.cancelledStarts(eventId);
    }

    /** The lineup as {@code viewer} may see it: confirmed members, plus their own unconfirmed entry and all for the organiser. */
    public List<LineupMember> lineup(EventDetails event, AccountId viewer) {
        return lineups.of(event.id()).stream().filter(entry -> entry.confirmed() || event.organisedBy(viewer)
                || entry.member().equals(viewer)).toList();
    }

    public List<EventDetails> organisedBy(AccountId organiser, int limit) {
        return events.organisedBy(organiser, limit);
    }

    /** Occurrences the member answered, from today on. */
    public List<MyAnswer> answeredBy(AccountId member, int limit) {
        return occurrences.answeredBy(member.value(), clock.instant().minusSeconds(86_400), limit);
    }
}
