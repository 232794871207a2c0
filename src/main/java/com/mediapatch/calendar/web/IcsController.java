package com.mediapatch.calendar.web;

import java.nio.charset.StandardCharsets;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.internal.Calendars;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** iCalendar downloads: one event's .ics, and the feeds calendar apps poll with the token in their address. */
@RestController
class IcsController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final Calendars calendars;

    IcsController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(CalendarRoutes.ICS)
    ResponseEntity<String> event(@PathVariable String id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("event.ics").build().toString())
                .body(calendars.event(Ids.of(id), site()));
    }

    /** No session needed: the token is the credential. Not cached by shared caches, as it is private to its owner. */
    @GetMapping(CalendarRoutes.FEED)
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(calendars.feed(token, site()));
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
