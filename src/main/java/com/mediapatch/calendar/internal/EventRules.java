package com.mediapatch.calendar.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventRefused;
import com.mediapatch.calendar.EventType;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;

/** The rules a draft must meet across its fields, each refusal naming the field it belongs to. */
@Component
class EventRules {

    static final Duration LONGEST = Duration.ofDays(14);
    static final Duration LONGEST_REPEATING = Duration.ofHours(24);
    static final Duration FURTHEST_AHEAD = Duration.ofDays(3 * 366);
    static final int MOST_GENRES = 8;
    static final int MOST_IN_LINEUP = 12;

    private final Places places;
    private final Profiles profiles;

    EventRules(Places places, Profiles profiles) {
        this.places = places;
        this.profiles = profiles;
    }

    /** The valid event, or {@link EventRefused}; {@code keptStart} is the stored start an edit may keep though past. */
    ValidEvent check(EventDraft draft, Instant now, Instant keptStart) {
        ZoneId zone = zone(draft.zone());
        ZonedDateTime start = time(draft.starts(), zone, "starts");
        ZonedDateTime end = time(draft.ends(), zone, "ends");
        if (!end.isAfter(start)) {
            throw new EventRefused("ends", "The end must be after the start.");
        }
        if (start.toInstant().isBefore(now) && !start.toInstant().equals(keptStart)) {
            throw new EventRefused("starts", "The start is in the past; choose a later time.");
        }
        if (start.toInstant().isAfter(now.plus(FURTHEST_AHEAD))) {
            throw new EventRefused("starts", "Events can be planned at most three years ahead.");
        }
        Duration length = Duration.between(start, end);
        String rrule = draft.repetitionOrNone().rrule(start);
        if (length.compareTo(rrule == null ? LONGEST : LONGEST_REPEATING) > 0) {
            throw new EventRefused("ends", rrule == null ? "An event lasts at most 14 days." : "A repeating event lasts at most a day.");
        }
        Place place = place(draft);
        String price = text(draft.price());
        if (!draft.free() && price == null) {
            throw new EventRefused("price", "Enter the price, or tick Free entry.");
        }
        return new ValidEvent(draft.type(), draft.title().strip(), draft.description() == null ? "" : draft.description().strip(),
                text(draft.venue()), text(draft.address()), place, text(draft.onlineLink()), start, end, rrule,
                genres(draft.genres()), draft.free(), draft.free() ? null : price, text(draft.ticketLink()), draft.ageLimit(),
                draft.capacity(), lineup(draft.lineup()));
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new EventRefused("zone", "Choose a time zone such as Europe/London.");
        }
    }

    private static ZonedDateTime time(String text, ZoneId zone, String field) {
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new EventRefused(field, "Enter a date and time.");
        }
    }

    private Place place(EventDraft draft) {
        if (draft.type() == EventType.ONLINE_STREAM) {
            if (text(draft.onlineLink()) == null) {
                throw new EventRefused("onlineLink", "Enter the link people watch the stream at.");
            }
            return draft.placeId() == null ? null : places.byId(draft.placeId()).orElse(null);
        }
        if (draft.placeId() == null) {
            throw new EventRefused("placeId", "Choose the city from the list.");
        }
        return places.byId(draft.placeId())
                .orElseThrow(() -> new EventRefused("placeId", "Choose the city from the list."));
    }

    static List<String> genres(String text) {
        List<String> genres = words(text, ",").stream().map(genre -> genre.toLowerCase(Locale.ROOT)).distinct().toList();
        if (genres.size() > MOST_GENRES) {
            throw new EventRefused("genres", "Name at most " + MOST_GENRES + " genres.");
        }
        if (genres.stream().anyMatch(genre -> genre.length() > 40)) {
            throw new EventRefused("genres", "Keep each genre under 40 characters.");
        }
        return genres;
    }

    private List<AccountId> lineup(String text) {
        List<String> handles = words(text, "[,\\s]+").stream().map(handle -> handle.replaceFirst("^@", ""))
                .filter(handle -> !handle.isEmpty()).distinct().toList();
        if (handles.size() > MOST_IN_LINEUP) {
            throw new EventRefused("lineup", "Name at most " + MOST_IN_LINEUP + " members.");
        }
        Map<String, AccountId> found = profiles.byHandles(handles).stream()
                .collect(Collectors.toMap(summary -> summary.handle().toLowerCase(Locale.ROOT), ProfileSummary::account,
                        (a, b) -> a));
        for (String handle : handles) {
            if (!found.containsKey(handle.toLowerCase(Locale.ROOT))) {
                throw new EventRefused("lineup", "No member has the handle @" + handle + ".");
            }
        }
        return handles.stream().map(handle -> found.get(handle.toLowerCase(Locale.ROOT))).toList();
    }

    private static List<String> words(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(word -> !word.isEmpty())
                .map(Function.identity()).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
