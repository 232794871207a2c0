package com.mediapatch.calendar;

import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Why an events request was refused; each fact has its own problem type. */
public class CalendarProblem extends DomainProblem {

    public static final ProblemType EVENT_NOT_FOUND = new ProblemType("event-not-found", "Event not found",
            HttpStatus.NOT_FOUND, "The event or occurrence does not exist, or you may not change it.");
    public static final ProblemType EVENT_CANCELLED = new ProblemType("event-cancelled", "Event cancelled",
            HttpStatus.CONFLICT, "The event or this occurrence has been cancelled or is over; it takes no more answers or changes.");
    public static final ProblemType FILTER_REFUSED = new ProblemType("event-filter-refused", "Event filter refused",
            HttpStatus.BAD_REQUEST, "A filter of the events list is out of range: the radius is 1 to 500 km, dates lie "
                    + "within the next five years, a range spans at most a year and search words take at most 100 characters.");
    public static final ProblemType FEED_NOT_FOUND = new ProblemType("calendar-feed-not-found", "Calendar feed not found",
            HttpStatus.NOT_FOUND, "The feed address is unknown or was revoked; make a new one on My events.");
    public static final ProblemType SAVED_SEARCH_NOT_FOUND = new ProblemType("event-search-not-found",
            "Saved event search not found", HttpStatus.NOT_FOUND, "The saved search does not exist, or is not yours.");

    /** Every type above and the refusal of a draft, for the problem catalogue. */
    public static final List<ProblemType> TYPES = List.of(EVENT_NOT_FOUND, EVENT_CANCELLED, FILTER_REFUSED,
            FEED_NOT_FOUND, SAVED_SEARCH_NOT_FOUND, EventRefused.TYPE);

    public CalendarProblem(ProblemType type) {
        super(type, type.description());
    }

    public CalendarProblem(ProblemType type, String detail) {
        super(type, detail);
    }
}
