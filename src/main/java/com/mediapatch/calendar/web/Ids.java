package com.mediapatch.calendar.web;

import java.util.UUID;

import com.mediapatch.calendar.CalendarProblem;

/** Ids in paths: a malformed one is answered as the unknown one it is. */
final class Ids {

    private Ids() {
    }

    static UUID of(String text) {
        try {
            return text != null && text.length() == 36 ? UUID.fromString(text) : fail();
        } catch (IllegalArgumentException e) {
            return fail();
        }
    }

    private static UUID fail() {
        throw new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND);
    }
}
