package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.Listing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The iCalendar text of one event, and of a feed: a member's own events or a saved filter's. */
@Service
@Transactional(readOnly = true)
public class Calendars {

    private static final int MOST_ORGANISED = 200;

    private final EventReader reader;
    private final FeedDesk feeds;
    private final Filters filters;
    private final Clock clock;

    Calendars(EventReader reader, FeedDesk feeds, Filters filters, Clock clock) {
        this.reader = reader;
        this.feeds = feeds;
        this.filters = filters;
        this.clock = clock;
    }

    public String event(UUID id, String siteUrl) {
        EventDetails event = reader.event(id).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        return new IcsWriter(siteUrl, clock.instant()).event(event, reader.cancelledStarts(id)).write();
    }

    /** The feed a token opens: the owner's organised events and answered occurrences, or the saved filter's events. */
    public String feed(String token, String siteUrl) {
        FeedDesk.Feed feed = feeds.open(token);
        IcsWriter writer = new IcsWriter(siteUrl, clock.instant());
        Set<UUID> written = new HashSet<>();
        if (feed.filter() == null) {
            for (EventDetails event : reader.organisedBy(feed.owner(), MOST_ORGANISED)) {
                writer.event(event, reader.cancelledStarts(event.id()));
                written.add(event.id());
            }
            for (MyAnswer answer : reader.answeredBy(feed.owner(), EventReader.MOST_IN_VIEW)) {
                if (!written.contains(answer.listing().event().id())) {
                    writer.occurrence(answer.listing().event(), answer.listing().occurrence());
                }
            }
        } else {
            List<Listing> listings = reader.all(filters.resolve(EventQuery.parse(feed.filter()), ZoneOffset.UTC));
            for (Listing listing : listings) {
                if (written.add(listing.event().id())) {
                    writer.event(listing.event(), reader.cancelledStarts(listing.event().id()));
                }
            }
        }
        return writer.write();
    }
}
