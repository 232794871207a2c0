package com.mediapatch.calendar.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.shared.web.FormErrors;

/**
 * The event form, new or editing.
 *
 * @param draft the values so far
 * @param editing the event being edited, or null for a new one
 * @param errors what is wrong with the last submission
 */
public record EventFormPage(EventDraft draft, UUID editing, FormErrors errors) {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();

    public String action() {
        return editing == null ? CalendarRoutes.EVENTS : CalendarRoutes.edit(editing);
    }

    public String title() {
        return editing == null ? "New event" : "Edit event";
    }

    public List<EventType> types() {
        return List.of(EventType.values());
    }

    public List<Repetition> repetitions() {
        return List.of(Repetition.values());
    }

    public List<String> zones() {
        return ZONES;
    }

    /**
     * The zone a new event starts in: the viewer's when the list offers it; otherwise (no zone known yet, or a
     * browser saying just UTC) Europe/London, rather than a select showing nothing chosen and sending its first zone.
     */
    static String offered(ZoneId zone) {
        return ZONES.contains(zone.getId()) ? zone.getId() : "Europe/London";
    }

    public String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
