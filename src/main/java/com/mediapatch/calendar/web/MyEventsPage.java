package com.mediapatch.calendar.web;

import java.util.List;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.internal.FeedDesk;
import com.mediapatch.calendar.internal.MyAnswer;
import com.mediapatch.calendar.internal.SavedEventSearches.SavedEventSearch;

/**
 * "My events": what the member organises and answered, their saved searches and their calendar feeds.
 *
 * @param organising events the member organises, newest first
 * @param answered occurrences the member answered, soonest first
 * @param feeds the member's live feeds
 * @param searches the member's saved searches, oldest first
 * @param newFeedUrl the address of a feed made just now, shown once, or null
 * @param times the viewer's zone
 */
public record MyEventsPage(List<EventDetails> organising, List<MyAnswer> answered, List<FeedDesk.Feed> feeds,
        List<SavedEventSearch> searches, String newFeedUrl, Times times) {

    /** The events list with the saved search's filters. */
    public String run(SavedEventSearch search) {
        String filters = search.query().toQueryString();
        return filters.isEmpty() ? CalendarRoutes.EVENTS : CalendarRoutes.EVENTS + "?" + filters;
    }
}
