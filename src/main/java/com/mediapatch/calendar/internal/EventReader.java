package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.LineupMember;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pages, feeds and API read: listings by keyset, one event with its occurrences, a member's events. */
@Service
@Transactional(readOnly = true)
public class EventReader {

    /** The most occurrences a month view or a feed reads. */
    public static final int MOST_IN_VIEW = 500;

    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final LineupStore lineups;
    private final Clock clock;

    EventReader(EventStore events, OccurrenceStore occurrences, LineupStore lineups, Clock clock) {
        this.events = events;
        this.occurrences = occurrences;
        this.lineups = lineups;
        this.clock = clock;
    }

    /** One keyset page of occurrences matching the filter, soonest first. */
    public KeysetPage<Listing> page(EventFilter filter, PageCursor after, int size) {
        return KeysetPage.of(occurrences.list(filter, after, size + 1), size,
                listing -> new PageCursor(listing.occurrence().startsAt(), listing.occurrence().id()));
    }

    /** Every occurrence matching the filter, up to {@link #MOST_IN_VIEW}: a month, or a feed. */
    public List<Listing> all(EventFilter filter) {
        return occurrences.list(filter, null, MOST_IN_VIEW);
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
