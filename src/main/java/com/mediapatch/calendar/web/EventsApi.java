package com.mediapatch.calendar.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.calendar.internal.Filters;
import com.mediapatch.calendar.internal.RsvpDesk;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Events through the API: the filtered list by keyset, one event, the organiser's writes, and answers. */
@RestController
@Tag(name = "Events", description = "Gigs, jams, open mics and other events, their occurrences and answers")
class EventsApi {

    private static final int PAGE_SIZE = 50;
    private static final int UPCOMING = 20;

    private final EventReader reader;
    private final EventDesk desk;
    private final RsvpDesk rsvps;
    private final Filters filters;

    EventsApi(EventReader reader, EventDesk desk, RsvpDesk rsvps, Filters filters) {
        this.reader = reader;
        this.desk = desk;
        this.rsvps = rsvps;
        this.filters = filters;
    }

    /**
     * An occurrence in answers.
     *
     * @param id the occurrence
     * @param startsAt start, UTC
     * @param endsAt end, UTC
     * @param cancelled whether it is off
     * @param going how many go
     * @param interested how many are interested
     * @param waitlisted how many wait for a place
     */
    record OccurrenceJson(UUID id, Instant startsAt, Instant endsAt, boolean cancelled, int going, int interested,
            int waitlisted) {

        static OccurrenceJson of(Occurrence occurrence) {
            return new OccurrenceJson(occurrence.id(), occurrence.startsAt(), occurrence.endsAt(), occurrence.cancelled(),
                    occurrence.going(), occurrence.interested(), occurrence.waitlisted());
        }
    }

    /**
     * An event in answers; times are UTC with the organiser's zone, rrule is RFC 5545.
     *
     * @param id the event
     * @param organiser the organiser's account id
     * @param occurrences occurrences: the one listed, or the next ones
     */
    record EventJson(UUID id, UUID organiser, String type, String title, String description, String venue, String address,
            Long placeId, String city, String country, String onlineLink, Instant startsAt, Instant endsAt, String zone,
            String rrule, List<String> genres, boolean free, String price, String ticketLink, Integer ageLimit,
            Integer capacity, boolean cancelled, List<OccurrenceJson> occurrences) {

        static EventJson of(EventDetails event, List<Occurrence> occurrences) {
            return new EventJson(event.id(), event.organiser().value(), event.type().name(), event.title(), event.description(),
                    event.venue(), event.address(), event.placeId(), event.city(), event.country(), event.onlineLink(),
                    event.startsAt(), event.endsAt(), event.zone().getId(), event.rrule(), event.genres(), event.free(),
                    event.price(), event.ticketLink(), event.ageLimit(), event.capacity(), event.cancelled(),
                    occurrences.stream().map(OccurrenceJson::of).toList());
        }
    }

    /**
     * A page of the list.
     *
     * @param items occurrences with their events, soonest first
     * @param next the cursor to pass as after for the next page, or null
     */
    record EventPageJson(List<EventJson> items, String next) {
    }

    /**
     * An answer to one occurrence.
     *
     * @param occurrence which occurrence of the event
     * @param answer GOING or INTERESTED (GOING on a full occurrence joins the waitlist)
     */
    record RsvpJson(@NotNull UUID occurrence, @NotNull Attendance answer) {
    }

    @GetMapping(CalendarRoutes.API)
    @Operation(summary = "List upcoming occurrences",
            description = "Filters as on /events: q (words, at most 100 characters, looked for in titles, descriptions, "
                    + "venues, cities and genres, forgiving typos and knowing synonyms; while the search index is being "
                    + "built, events containing the first four words as typed), type, when (today, weekend, week, range "
                    + "with from/to), placeId with radius (1-500 km), genre, free. With q the occurrences listed are those "
                    + "of the matching events, still soonest first. Days are read in zone (IANA, default UTC). Pass next "
                    + "as after.")
    EventPageJson list(@ApiCaller(CalendarWebBeans.READ) AccountId caller, @ModelAttribute EventQuery query,
            @RequestParam(required = false) String zone, @RequestParam(required = false) String after) {
        KeysetPage<Listing> page = reader.page(filters.resolve(query, zone(zone)), PageCursor.parse(after), PAGE_SIZE);
        return new EventPageJson(page.items().stream()
                .map(listing -> EventJson.of(listing.event(), List.of(listing.occurrence()))).toList(), page.next());
    }

    @GetMapping(CalendarRoutes.API_EVENT)
    @Operation(summary = "Get an event with its next occurrences")
    EventJson get(@ApiCaller(CalendarWebBeans.READ) AccountId caller, @PathVariable String id) {
        EventDetails event = reader.event(Ids.of(id)).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        return EventJson.of(event, reader.upcoming(event.id(), UPCOMING));
    }

    @PostMapping(CalendarRoutes.API)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event", description = "starts and ends are local to zone, e.g. 2026-12-10T19:30.")
    Map<String, UUID> create(@ApiCaller(CalendarWebBeans.WRITE) AccountId caller, @Valid @RequestBody EventDraft draft) {
        return Map.of("id", desk.create(caller, draft));
    }

    @PutMapping(CalendarRoutes.API_EVENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your event")
    void update(@ApiCaller(CalendarWebBeans.WRITE) AccountId caller, @PathVariable String id,
            @Valid @RequestBody EventDraft draft) {
        desk.update(caller, Ids.of(id), draft);
    }

    @PostMapping(CalendarRoutes.API_CANCEL)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel your event", description = "Everyone who answered an upcoming occurrence is told.")
    void cancel(@ApiCaller(CalendarWebBeans.WRITE) AccountId caller, @PathVariable String id) {
        desk.cancel(caller, Ids.of(id));
    }

    @PutMapping(CalendarRoutes.API_RSVP)
    @Operation(summary = "Answer an occurrence", description = "Returns GOING, INTERESTED or WAITLISTED.")
    Map<String, Attendance> answer(@ApiCaller(CalendarWebBeans.WRITE) AccountId caller, @PathVariable String id,
            @Valid @RequestBody RsvpJson body) {
        ofEvent(Ids.of(id), body.occurrence());
        return Map.of("answer", rsvps.answer(body.occurrence(), caller, body.answer()));
    }

    @DeleteMapping(CalendarRoutes.API_RSVP)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back your answer to an occurrence")
    void withdraw(@ApiCaller(CalendarWebBeans.WRITE) AccountId caller, @PathVariable String id,
            @RequestParam String occurrence) {
        UUID occurrenceId = Ids.of(occurrence);
        ofEvent(Ids.of(id), occurrenceId);
        rsvps.withdraw(occurrenceId, caller);
    }

    private void ofEvent(UUID event, UUID occurrence) {
        reader.occurrence(occurrence).filter(found -> found.eventId().equals(event))
                .orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
    }

    private static ZoneId zone(String text) {
        try {
            return text == null || text.isBlank() ? ZoneOffset.UTC : ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "Name the zone as in Europe/London.");
        }
    }
}
