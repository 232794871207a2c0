package com.mediapatch.calendar;

import java.util.UUID;

/** The calendar's paths, for controllers and templates. */
public final class CalendarRoutes {

    public static final String EVENTS = "/events";
    public static final String NEW = "/events/new";
    public static final String MINE = "/events/mine";
    public static final String EVENT = "/events/{id}";
    public static final String EDIT = "/events/{id}/edit";
    public static final String ICS = "/events/{id}/event.ics";
    public static final String CANCEL = "/events/{id}/cancel";
    public static final String LINEUP = "/events/{id}/lineup";
    public static final String RSVP = "/events/occurrences/{occurrence}/rsvp";
    public static final String CANCEL_OCCURRENCE = "/events/occurrences/{occurrence}/cancel";
    public static final String MESSAGE = "/events/messages/{occurrence}";
    public static final String FEEDS = "/events/feeds";
    public static final String REVOKE_FEED = "/events/feeds/{feed}/revoke";
    public static final String FEED = "/calendar/feeds/{token}";
    public static final String SEARCHES = "/events/searches";
    public static final String DELETE_SEARCH = "/events/searches/{search}/delete";
    public static final String API = "/api/v1/events";
    public static final String API_EVENT = "/api/v1/events/{id}";
    public static final String API_CANCEL = "/api/v1/events/{id}/cancel";
    public static final String API_RSVP = "/api/v1/events/{id}/rsvp";

    private CalendarRoutes() {
    }

    public static String event(UUID id) {
        return "/events/" + id;
    }

    public static String event(UUID id, UUID occurrence) {
        return "/events/" + id + "?on=" + occurrence;
    }

    public static String edit(UUID id) {
        return "/events/" + id + "/edit";
    }

    public static String ics(UUID id) {
        return "/events/" + id + "/event.ics";
    }

    public static String cancel(UUID id) {
        return "/events/" + id + "/cancel";
    }

    public static String lineup(UUID id) {
        return "/events/" + id + "/lineup";
    }

    public static String rsvp(UUID occurrence) {
        return "/events/occurrences/" + occurrence + "/rsvp";
    }

    public static String cancelOccurrence(UUID occurrence) {
        return "/events/occurrences/" + occurrence + "/cancel";
    }

    public static String message(UUID occurrence) {
        return "/events/messages/" + occurrence;
    }

    public static String revokeFeed(UUID feed) {
        return "/events/feeds/" + feed + "/revoke";
    }

    public static String deleteSearch(UUID search) {
        return "/events/searches/" + search + "/delete";
    }

    public static String feed(String token) {
        return "/calendar/feeds/" + token;
    }
}
