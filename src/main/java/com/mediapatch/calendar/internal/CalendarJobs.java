package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Occurrence;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's background work, safe on several nodes: reminders are claimed row by row (the update
 * that sets {@code reminded_at} wins once), extending the horizon only adds occurrences that are missing, and
 * moving an event's next start on works it out again from its occurrences.
 */
@Component
class CalendarJobs {

    private static final int BATCH = 100;

    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final RsvpStore rsvps;
    private final Notices notices;
    private final EventIndex index;
    private final CalendarProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CalendarJobs(EventStore events, OccurrenceStore occurrences, RsvpStore rsvps, Notices notices, EventIndex index,
            CalendarProperties properties, TransactionTemplate transactions, Clock clock) {
        this.events = events;
        this.occurrences = occurrences;
        this.rsvps = rsvps;
        this.notices = notices;
        this.index = index;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reminds those going, waiting or interested of occurrences starting within the lead; returns how many were claimed. */
    @Scheduled(fixedDelayString = "${mediapatch.calendar.reminder-interval:1m}", initialDelayString = "${mediapatch.calendar.reminder-interval:1m}")
    int sendReminders() {
        Instant now = clock.instant();
        int sent = 0;
        for (UUID id : occurrences.dueForReminder(now, now.plus(properties.reminderLead()), BATCH)) {
            Boolean claimed = transactions.execute(status -> remind(id, now));
            sent += Boolean.TRUE.equals(claimed) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(UUID id, Instant now) {
        if (!occurrences.claimReminder(id, now)) {
            return false;
        }
        Occurrence occurrence = occurrences.find(id).orElseThrow();
        EventDetails event = events.find(occurrence.eventId()).orElseThrow();
        notices.tell(rsvps.answering(List.of(id), List.of(Attendance.values())), Notices.REMINDER,
                event.title() + " starts within a day.", CalendarRoutes.event(event.id(), id), null);
        return true;
    }

    /** Writes occurrences of recurring events up to the horizon; returns how many events were extended. */
    @Scheduled(fixedDelayString = "${mediapatch.calendar.horizon-interval:1h}", initialDelayString = "${mediapatch.calendar.horizon-interval:1h}")
    int extendHorizons() {
        Instant now = clock.instant();
        Instant horizon = now.plus(properties.horizon());
        List<EventDetails> due = events.recurringWithHorizonBefore(horizon.minus(java.time.Duration.ofDays(1)), BATCH);
        for (EventDetails event : due) {
            transactions.executeWithoutResult(status -> {
                Instant from = now.isAfter(event.startsAt()) ? now : event.startsAt();
                occurrences.materialise(event, OccurrenceExpander.starts(event.localStart(), event.rrule(), from, horizon));
                events.extendHorizon(event.id(), horizon);
                index.changed(event.id(), now);
            });
        }
        return due.size();
    }

    /**
     * Moves on the next start of events whose next occurrence has begun, so the search index sorts and filters
     * by what is still to come; returns how many events moved on.
     */
    @Scheduled(fixedDelayString = "${mediapatch.calendar.next-start-interval:10m}", initialDelayString = "${mediapatch.calendar.next-start-interval:10m}")
    int moveNextStarts() {
        Instant now = clock.instant();
        List<UUID> begun = events.nextStartBefore(now, BATCH);
        transactions.executeWithoutResult(status -> begun.forEach(id -> index.changed(id, now)));
        return begun.size();
    }
}
