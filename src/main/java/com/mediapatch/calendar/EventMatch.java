package com.mediapatch.calendar;

import java.util.UUID;

/**
 * An upcoming event found by words, as a site-wide search lists it.
 *
 * @param id the event
 * @param title its name
 * @param when its next occurrence, local to the event ("Sat 12 Dec 2026, 19:30"; online streams name their zone)
 * @param where venue and city, or "Online"
 * @param typeLabel what sort of event ("Open mic")
 * @param path the event's page, on that occurrence
 */
public record EventMatch(UUID id, String title, String when, String where, String typeLabel, String path) {
}
