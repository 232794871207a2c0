package com.mediapatch.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.internal.EventMatches;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.calendar.internal.Filters;
import com.mediapatch.identity.Member;
import com.mediapatch.places.Place;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /events}: upcoming occurrences a keyset page at a time, or a month, with the filters and words. The same
 * handler answers the search box as the visitor types (htmx), the results being picked from the page.
 */
@Controller
class EventListController {

    static final int PAGE_SIZE = 20;

    private final EventReader reader;
    private final Filters filters;
    private final EventMatches matches;
    private final java.time.Clock clock;

    EventListController(EventReader reader, Filters filters, EventMatches matches, java.time.Clock clock) {
        this.reader = reader;
        this.filters = filters;
        this.matches = matches;
        this.clock = clock;
    }

    @GetMapping(CalendarRoutes.EVENTS)
    String list(@ModelAttribute EventQuery query, @RequestParam(required = false) String view,
            @RequestParam(required = false) String month, @RequestParam(required = false) String after,
            HttpServletRequest request, Authentication authentication, Model model) {
        ZoneId zone = ViewerZone.of(request);
        Times times = new Times(zone);
        String placeLabel = filters.place(query.placeId()).map(Place::label).orElse(null);
        Member viewer = authentication != null && authentication.getPrincipal() instanceof Member member ? member : null;
        boolean signedIn = viewer != null;
        EventListPage page;
        if ("month".equals(view) || month != null) {
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            YearMonth shown = month(month, YearMonth.from(today));
            EventFilter filter = filters.month(query, zone, shown.atDay(1));
            page = new EventListPage(query, placeLabel, times, null,
                    MonthView.of(shown, reader.all(filter), times, today), reader.wordsNote(filter), signedIn, List.of());
        } else {
            EventFilter filter = filters.resolve(query, zone);
            boolean unfiltered = query.toQueryString().isEmpty() && after == null;
            page = new EventListPage(query, placeLabel, times, reader.page(filter, PageCursor.parse(after), PAGE_SIZE), null,
                    reader.wordsNote(filter), signedIn, viewer != null && unfiltered ? matches.forViewer(viewer.id()) : List.of());
        }
        model.addAttribute("page", page);
        return "calendar/events";
    }

    private static YearMonth month(String text, YearMonth otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.isBefore(otherwise.minusYears(1)) || month.isAfter(otherwise.plusYears(5))) {
                throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "Months lie between last year and five years ahead.");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "Write months as 2026-12.");
        }
    }
}
