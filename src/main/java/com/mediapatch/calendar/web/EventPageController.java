package com.mediapatch.calendar.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.LineupMember;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.calendar.internal.RsvpDesk;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.web.HtmxRequest;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An event's page, the answers to it (htmx swaps the answer panel), and the organiser's and lineup's buttons. */
@Controller
class EventPageController {

    private static final int UPCOMING = 8;
    private static final int MOST_MESSAGE = 280;

    private final EventReader reader;
    private final EventDesk desk;
    private final RsvpDesk rsvps;
    private final Profiles profiles;
    private final Clock clock;

    EventPageController(EventReader reader, EventDesk desk, RsvpDesk rsvps, Profiles profiles, Clock clock) {
        this.reader = reader;
        this.desk = desk;
        this.rsvps = rsvps;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping(CalendarRoutes.EVENT)
    String event(@PathVariable String id, @RequestParam(required = false) String on, @AuthenticationPrincipal Member me,
            HttpServletRequest request, Model model) {
        EventDetails event = reader.event(Ids.of(id)).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        model.addAttribute("page", page(event, chosen(event, on), me == null ? null : me.id(), request));
        return "calendar/event";
    }

    @PostMapping(CalendarRoutes.RSVP)
    @PreAuthorize("isAuthenticated()")
    String answer(@PathVariable String occurrence, @RequestParam(defaultValue = "") String answer,
            @AuthenticationPrincipal Member me, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        UUID occurrenceId = Ids.of(occurrence);
        Occurrence found = reader.occurrence(occurrenceId).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        switch (answer) {
            case "GOING" -> rsvps.answer(occurrenceId, me.id(), Attendance.GOING);
            case "INTERESTED" -> rsvps.answer(occurrenceId, me.id(), Attendance.INTERESTED);
            default -> rsvps.withdraw(occurrenceId, me.id());
        }
        EventDetails event = reader.event(found.eventId()).orElseThrow();
        if (HtmxRequest.isHtmx(request)) {
            model.addAttribute("page", page(event, reader.occurrence(occurrenceId), me.id(), request));
            return "calendar/rsvp";
        }
        return "redirect:" + CalendarRoutes.event(event.id(), occurrenceId);
    }

    @PostMapping(CalendarRoutes.CANCEL)
    @PreAuthorize("isAuthenticated()")
    String cancel(@PathVariable String id, @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        UUID eventId = Ids.of(id);
        desk.cancel(me.id(), eventId);
        Toasts.success(redirect, "The event is cancelled; everyone who answered has been told.");
        return "redirect:" + CalendarRoutes.event(eventId);
    }

    @PostMapping(CalendarRoutes.CANCEL_OCCURRENCE)
    @PreAuthorize("isAuthenticated()")
    String cancelOccurrence(@PathVariable String occurrence, @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        UUID occurrenceId = Ids.of(occurrence);
        desk.cancelOccurrence(me.id(), occurrenceId);
        Occurrence found = reader.occurrence(occurrenceId).orElseThrow();
        Toasts.success(redirect, "That date is cancelled; its attendees have been told.");
        return "redirect:" + CalendarRoutes.event(found.eventId(), occurrenceId);
    }

    @PostMapping(CalendarRoutes.MESSAGE)
    @PreAuthorize("isAuthenticated()")
    String message(@PathVariable String occurrence, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal Member me, RedirectAttributes redirect) {
        UUID occurrenceId = Ids.of(occurrence);
        Occurrence found = reader.occurrence(occurrenceId).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        desk.owned(me.id(), found.eventId());
        if (text.isBlank() || text.length() > MOST_MESSAGE) {
            Toasts.error(redirect, "Write a message of 1 to " + MOST_MESSAGE + " characters.");
        } else {
            int told = desk.message(me.id(), occurrenceId, text);
            Toasts.success(redirect, told == 1 ? "Sent to 1 attendee." : "Sent to " + told + " attendees.");
        }
        return "redirect:" + CalendarRoutes.event(found.eventId(), occurrenceId);
    }

    @PostMapping(CalendarRoutes.LINEUP)
    @PreAuthorize("isAuthenticated()")
    String lineup(@PathVariable String id, @RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal Member me,
            RedirectAttributes redirect) {
        UUID eventId = Ids.of(id);
        desk.answerLineup(me.id(), eventId, "confirm".equals(answer));
        Toasts.success(redirect, "confirm".equals(answer) ? "You are in the lineup." : "You are off the lineup.");
        return "redirect:" + CalendarRoutes.event(eventId);
    }

    private Optional<Occurrence> chosen(EventDetails event, String on) {
        if (on != null && !on.isBlank()) {
            Occurrence occurrence = reader.occurrence(Ids.of(on)).filter(found -> found.eventId().equals(event.id()))
                    .orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
            return Optional.of(occurrence);
        }
        List<Occurrence> next = reader.upcoming(event.id(), UPCOMING);
        return next.stream().filter(occurrence -> !occurrence.cancelled()).findFirst().or(() -> next.stream().findFirst());
    }

    private EventPage page(EventDetails event, Optional<Occurrence> occurrence, AccountId viewer, HttpServletRequest request) {
        List<LineupMember> lineup = reader.lineup(event, viewer);
        List<AccountId> people = new java.util.ArrayList<>(lineup.stream().map(LineupMember::member).toList());
        people.add(event.organiser());
        Map<AccountId, ProfileSummary> summaries = profiles.summaries(people);
        List<EventPage.LineupEntry> entries = lineup.stream().filter(entry -> summaries.containsKey(entry.member()))
                .map(entry -> new EventPage.LineupEntry(summaries.get(entry.member()), entry.confirmed())).toList();
        boolean asked = viewer != null && lineup.stream().anyMatch(entry -> entry.member().equals(viewer) && !entry.confirmed());
        Optional<Occurrence> shown = occurrence.filter(found -> !found.endsAt().isBefore(clock.instant())).or(() -> occurrence);
        return new EventPage(event, summaries.get(event.organiser()), shown.orElse(null), reader.upcoming(event.id(), UPCOMING),
                entries, viewer == null || shown.isEmpty() ? Optional.empty() : rsvps.answerOf(shown.get().id(), viewer),
                new Times(ViewerZone.of(request)), viewer != null && event.organisedBy(viewer), asked, viewer != null);
    }
}
