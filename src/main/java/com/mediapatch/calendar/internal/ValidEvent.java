package com.mediapatch.calendar.internal;

import java.time.ZonedDateTime;
import java.util.List;

import com.mediapatch.calendar.EventType;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;

/** A draft that passed every rule: trimmed text, resolved place and lineup, times in the chosen zone. */
record ValidEvent(EventType type, String title, String description, String venue, String address, Place place,
        String onlineLink, ZonedDateTime start, ZonedDateTime end, String rrule, List<String> genres, boolean free,
        String price, String ticketLink, Integer ageLimit, Integer capacity, List<AccountId> lineup) {

    /** The genres as the one comma-separated line the event row keeps for display. */
    String genreLine() {
        return String.join(", ", genres);
    }
}
