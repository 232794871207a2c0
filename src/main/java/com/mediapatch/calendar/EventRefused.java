package com.mediapatch.calendar;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** A draft that breaks a rule beyond single fields (end before start, start in the past, unknown place...). */
public class EventRefused extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("event-refused", "Event refused",
            HttpStatus.UNPROCESSABLE_CONTENT, "The event's times, place or lineup break a rule; the detail says which.");

    private final String field;

    public EventRefused(String field, String message) {
        super(TYPE, message);
        this.field = field;
    }

    /** The form field the refusal belongs to. */
    public String field() {
        return field;
    }
}
