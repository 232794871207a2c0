package com.mediapatch.calendar.web;

import java.util.List;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventMatch;
import com.mediapatch.calendar.UpcomingEvents;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchHit;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;

import org.springframework.stereotype.Component;

/**
 * Upcoming events in the site-wide search, found as {@code /events?q=} finds them (cancelled and past ones left
 * out), each at its next occurrence. Events are public: every viewer sees the same hits. The count stops at one more
 * than the hits shown ("5+"); the events page pages through the rest.
 */
@Component
class EventsSearchSource implements SearchSource {

    private final UpcomingEvents events;

    EventsSearchSource(UpcomingEvents events) {
        this.events = events;
    }

    @Override
    public String key() {
        return "events";
    }

    @Override
    public String label() {
        return "Events";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String searchPage(SiteQuery query) {
        return query.searchable() ? CalendarRoutes.EVENTS + "?q=" + query.encoded() : CalendarRoutes.EVENTS;
    }

    @Override
    public SearchHits top(SiteQuery query, AccountId viewer, int limit) {
        List<EventMatch> found = events.matching(query.text(), limit + 1);
        List<SearchHit> hits = found.stream().limit(limit).map(EventsSearchSource::hit).toList();
        return new SearchHits(hits, hits.size(), found.size() > limit);
    }

    private static SearchHit hit(EventMatch match) {
        return new SearchHit(match.title(), match.path(), match.when() + " · " + match.where(), match.typeLabel());
    }
}
