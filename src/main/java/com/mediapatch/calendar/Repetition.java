package com.mediapatch.calendar;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;

/**
 * The repetitions the event form offers, each written as an RFC 5545 RRULE. Monthly repeats on the same
 * weekday of the month as the first date ("second Thursday"), or the last one when the first date is a fifth.
 */
public enum Repetition {
    NONE("Does not repeat"),
    WEEKLY("Every week"),
    FORTNIGHTLY("Every 2 weeks"),
    MONTHLY("Monthly on the same weekday");

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final String label;

    Repetition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The RRULE for an event first starting at {@code start} (local time in its zone), or null for none. */
    public String rrule(ZonedDateTime start) {
        String day = DAYS[start.getDayOfWeek().getValue() - 1];
        return switch (this) {
            case NONE -> null;
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(start) + day;
        };
    }

    /** Which choice wrote {@code rrule}: NONE for null, MONTHLY, FORTNIGHTLY or WEEKLY by its parts. */
    public static Repetition of(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return NONE;
        }
        if (rrule.contains("FREQ=MONTHLY")) {
            return MONTHLY;
        }
        return rrule.contains("INTERVAL=2") ? FORTNIGHTLY : WEEKLY;
    }

    /** 1 to 4, or -1 (the last) for a fifth weekday, which not every month has. */
    private static int weekOfMonth(ZonedDateTime start) {
        int week = (start.get(ChronoField.DAY_OF_MONTH) - 1) / 7 + 1;
        return week == 5 ? -1 : week;
    }

    /** Parses a choice by name, any case; NONE for blank or unknown text. */
    public static Repetition parse(String text) {
        for (Repetition repetition : values()) {
            if (text != null && repetition.name().equalsIgnoreCase(text.trim())) {
                return repetition;
            }
        }
        return NONE;
    }
}
