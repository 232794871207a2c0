package com.mediapatch.calendar.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.calendar.internal.FeedDesk;
import com.mediapatch.calendar.internal.SavedEventSearches;
import com.mediapatch.identity.Member;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /events/mine}: the member's events and answers, their saved searches, and the feeds they subscribe to elsewhere. */
@Controller
@PreAuthorize("isAuthenticated()")
class MyEventsController {

    private static final int MOST_SHOWN = 50;
    private static final String NEW_FEED = "newFeedUrl";

    private final EventReader reader;
    private final FeedDesk feeds;
    private final SavedEventSearches searches;

    MyEventsController(EventReader reader, FeedDesk feeds, SavedEventSearches searches) {
        this.reader = reader;
        this.feeds = feeds;
        this.searches = searches;
    }

    @GetMapping(CalendarRoutes.MINE)
    String mine(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        // Set by create() as a flash attribute only, so the address shown is always one this server made.
        Object newFeedUrl = model.getAttribute(NEW_FEED);
        model.addAttribute("page", new MyEventsPage(reader.organisedBy(me.id(), MOST_SHOWN), reader.answeredBy(me.id(), MOST_SHOWN),
                feeds.list(me.id()), searches.ownedBy(me.id()), newFeedUrl instanceof String url ? url : null,
                new Times(ViewerZone.of(request))));
        return "calendar/mine";
    }

    /** Makes a feed: of the member's own events, or, with {@code filter}, of the /events filter saved. */
    @PostMapping(CalendarRoutes.FEEDS)
    String create(@AuthenticationPrincipal Member me, @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
        String saved = filter == null ? null : EventQuery.parse(filter).toQueryString();
        String name = label.isBlank() ? (saved == null ? "My events" : "Saved filter") : label.strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        String token = feeds.create(me.id(), name, saved);
        redirect.addFlashAttribute(NEW_FEED, ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(CalendarRoutes.feed(token)).toUriString());
        Toasts.success(redirect, "Feed made: copy its address into your calendar app.");
        return "redirect:" + CalendarRoutes.MINE;
    }

    /** Saves the /events filter in {@code filter}: newly posted events matching it raise an alert. */
    @PostMapping(CalendarRoutes.SEARCHES)
    String saveSearch(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String filter,
            @RequestParam(defaultValue = "") String label, HttpServletRequest request, RedirectAttributes redirect) {
        searches.save(me.id(), label, EventQuery.parse(filter), ViewerZone.of(request));
        Toasts.success(redirect, "Search saved. We will tell you when a new event matches it.");
        return "redirect:" + CalendarRoutes.MINE + "#saved-searches";
    }

    @PostMapping(CalendarRoutes.DELETE_SEARCH)
    String deleteSearch(@AuthenticationPrincipal Member me, @PathVariable String search, RedirectAttributes redirect) {
        searches.delete(me.id(), Ids.of(search));
        Toasts.success(redirect, "Saved search deleted.");
        return "redirect:" + CalendarRoutes.MINE + "#saved-searches";
    }

    @PostMapping(CalendarRoutes.REVOKE_FEED)
    String revoke(@AuthenticationPrincipal Member me, @PathVariable String feed, RedirectAttributes redirect) {
        feeds.revoke(me.id(), Ids.of(feed));
        Toasts.success(redirect, "Feed revoked: its address no longer works.");
        return "redirect:" + CalendarRoutes.MINE;
    }
}
