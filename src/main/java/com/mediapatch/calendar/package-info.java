/**
 * Events members organise (gigs, jams, open mics, workshops and more): one-off or recurring by an
 * RFC 5545 rule, with occurrences materialised for a rolling horizon so listings are keyset reads,
 * RSVPs with a waitlist, reminders, lineups members confirm, iCalendar files and feeds, and its
 * {@code events} search index, which {@link com.mediapatch.calendar.UpcomingEvents} offers to other modules.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {"shared", "shared :: web", "identity", "profiles",
        "places", "notifications", "audit", "demo", "search"})
package com.mediapatch.calendar;

import org.springframework.modulith.ApplicationModule;
