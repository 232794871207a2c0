package com.mediapatch.calendar.web;

import java.util.List;
import java.util.stream.Stream;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.internal.EventMatches;
import com.mediapatch.shared.KeysetPage;

/**
 * The events list or month.
 *
 * @param query the filters as typed
 * @param placeLabel the city searched around, or null
 * @param times the viewer's zone
 * @param listings the page of occurrences, in list view; null in month view
 * @param month the month, in month view; null in list view
 * @param note what to know about the results (the search index being built), or null
 * @param signedIn whether the viewer may save the filter as a feed
 * @param matches "Matches for you": shown to a signed-in member above the first page of the unfiltered list
 */
public record EventListPage(EventQuery query, String placeLabel, Times times, KeysetPage<Listing> listings, MonthView month,
        String note, boolean signedIn, List<EventMatches.Match> matches) {

    public List<EventType> types() {
        return List.of(EventType.values());
    }

    public boolean typeChosen(EventType type) {
        return type.name().equalsIgnoreCase(query.type() == null ? "" : query.type());
    }

    public boolean when(String value) {
        return value.equalsIgnoreCase(query.when() == null ? "" : query.when());
    }

    /** Whether words were typed. */
    public boolean searching() {
        return query.q() != null && !query.q().isBlank();
    }

    /** How many filters beyond the words are set: the Filters button shows the number, and wide screens show them open. */
    public int filtersOn() {
        long set = Stream.of(query.type(), query.when(), query.placeId(), query.genre())
                .filter(value -> value != null && !value.isBlank()).count();
        return (int) set + (query.freeOnly() ? 1 : 0);
    }

    /** The list without its filters, keeping the words and the view. */
    public String clearLink() {
        String words = new EventQuery(query.q(), null, null, null, null, null, null, null, null).toQueryString();
        String view = month == null ? "" : "view=month";
        String both = words.isEmpty() || view.isEmpty() ? words + view : words + "&" + view;
        return both.isEmpty() ? CalendarRoutes.EVENTS : CalendarRoutes.EVENTS + "?" + both;
    }

    /** The filters as a query string, for links that keep them. */
    public String filters() {
        return query.toQueryString();
    }

    public String link(String extra) {
        String filters = filters();
        return "/events?" + (filters.isEmpty() ? extra : filters + "&" + extra);
    }
}
