package com.mediapatch.calendar.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventRefused;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.LineupMember;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /events/new} and {@code /events/{id}/edit}: the form, with every refusal shown beside its field. */
@Controller
@PreAuthorize("isAuthenticated()")
class EventFormController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final EventDesk desk;
    private final EventReader reader;
    private final Profiles profiles;
    private final Clock clock;

    EventFormController(EventDesk desk, EventReader reader, Profiles profiles, Clock clock) {
        this.desk = desk;
        this.reader = reader;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping(CalendarRoutes.NEW)
    String blank(HttpServletRequest request, Model model) {
        ZoneId zone = ViewerZone.of(request);
        ZonedDateTime start = clock.instant().atZone(zone).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(19);
        EventDraft draft = new EventDraft(EventType.GIG, "", "", "", "", "", null, "", LOCAL.format(start),
                LOCAL.format(start.plusHours(3)), EventFormPage.offered(zone), Repetition.NONE, "",
                true, "", "", null, null, "");
        model.addAttribute("page", new EventFormPage(draft, null, FormErrors.NONE));
        return "calendar/form";
    }

    @PostMapping(CalendarRoutes.EVENTS)
    String create(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("draft") EventDraft draft, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return refused(new EventFormPage(draft, null, FormErrors.of(result)), model, response);
        }
        try {
            UUID id = desk.create(me.id(), draft);
            Toasts.success(redirect, "Your event is listed.");
            return "redirect:" + CalendarRoutes.event(id);
        } catch (EventRefused refusal) {
            return refused(new EventFormPage(draft, null, FormErrors.forField(refusal.field(), refusal.getMessage())), model, response);
        }
    }

    @GetMapping(CalendarRoutes.EDIT)
    String edit(@AuthenticationPrincipal Member me, @PathVariable String id, Model model) {
        EventDetails event = desk.owned(me.id(), Ids.of(id));
        model.addAttribute("page", new EventFormPage(draftOf(event), event.id(), FormErrors.NONE));
        return "calendar/form";
    }

    @PostMapping(CalendarRoutes.EDIT)
    String update(@AuthenticationPrincipal Member me, @PathVariable String id, @Valid @ModelAttribute("draft") EventDraft draft,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID eventId = desk.owned(me.id(), Ids.of(id)).id();
        if (result.hasErrors()) {
            return refused(new EventFormPage(draft, eventId, FormErrors.of(result)), model, response);
        }
        try {
            desk.update(me.id(), eventId, draft);
            Toasts.success(redirect, "Saved.");
            return "redirect:" + CalendarRoutes.event(eventId);
        } catch (EventRefused refusal) {
            return refused(new EventFormPage(draft, eventId, FormErrors.forField(refusal.field(), refusal.getMessage())), model, response);
        }
    }

    private static String refused(EventFormPage page, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", page);
        return "calendar/form";
    }

    private EventDraft draftOf(EventDetails event) {
        List<AccountId> named = reader.lineup(event, event.organiser()).stream().map(LineupMember::member).toList();
        Map<AccountId, ProfileSummary> summaries = profiles.summaries(named);
        String lineup = String.join(", ", named.stream().filter(summaries::containsKey)
                .map(member -> "@" + summaries.get(member).handle()).toList());
        return new EventDraft(event.type(), event.title(), event.description(), event.venue(), event.address(), event.city(),
                event.placeId(), event.onlineLink(), LOCAL.format(event.startsAt().atZone(event.zone())),
                LOCAL.format(event.endsAt().atZone(event.zone())), event.zone().getId(), Repetition.of(event.rrule()),
                String.join(", ", event.genres()), event.free(), event.price(), event.ticketLink(), event.ageLimit(),
                event.capacity(), lineup);
    }
}
