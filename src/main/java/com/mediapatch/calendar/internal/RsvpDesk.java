package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' answers to occurrences. Each change locks the occurrence's row first, so the going count
 * and the capacity are compared one answer at a time on every node: a full occurrence puts new
 * "going" answers on the waitlist, and a place that frees up goes to whoever waited longest, in the
 * same transaction.
 */
@Service
public class RsvpDesk {

    private final OccurrenceStore occurrences;
    private final EventStore events;
    private final RsvpStore rsvps;
    private final Notices notices;
    private final Clock clock;

    RsvpDesk(OccurrenceStore occurrences, EventStore events, RsvpStore rsvps, Notices notices, Clock clock) {
        this.occurrences = occurrences;
        this.events = events;
        this.rsvps = rsvps;
        this.notices = notices;
        this.clock = clock;
    }

    /** The member's answer, if any. */
    public Optional<Attendance> answerOf(UUID occurrence, AccountId member) {
        return rsvps.of(occurrence, member);
    }

    /** Answers GOING or INTERESTED; returns what the member now is (WAITLISTED when going but full). */
    @Transactional
    public Attendance answer(UUID occurrenceId, AccountId member, Attendance wanted) {
        if (wanted == Attendance.WAITLISTED) {
            wanted = Attendance.GOING;
        }
        Occurrence occurrence = open(occurrenceId);
        EventDetails event = events.find(occurrence.eventId()).orElseThrow();
        Optional<Attendance> before = rsvps.of(occurrenceId, member);
        if (before.isPresent() && (before.get() == wanted || before.get() == Attendance.WAITLISTED && wanted == Attendance.GOING)) {
            return before.get();
        }
        Attendance now = wanted == Attendance.GOING && occurrence.full(event.capacity()) ? Attendance.WAITLISTED : wanted;
        if (before.isPresent()) {
            rsvps.change(occurrenceId, member, now);
            tally(occurrenceId, before.get(), -1);
        } else {
            rsvps.put(occurrenceId, member, now, clock.instant());
        }
        tally(occurrenceId, now, 1);
        if (before.orElse(null) == Attendance.GOING) {
            promote(occurrenceId, event);
        }
        return now;
    }

    /** Takes the member's answer back; a freed place goes to the waitlist. */
    @Transactional
    public void withdraw(UUID occurrenceId, AccountId member) {
        open(occurrenceId);
        Optional<Attendance> before = rsvps.of(occurrenceId, member);
        if (before.isEmpty()) {
            return;
        }
        rsvps.remove(occurrenceId, member);
        tally(occurrenceId, before.get(), -1);
        if (before.get() == Attendance.GOING) {
            promote(occurrenceId, events.find(occurrences.find(occurrenceId).orElseThrow().eventId()).orElseThrow());
        }
    }

    private Occurrence open(UUID occurrenceId) {
        Occurrence occurrence = occurrences.lock(occurrenceId)
                .orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        if (occurrence.cancelled() || occurrence.endsAt().isBefore(clock.instant())) {
            throw new CalendarProblem(CalendarProblem.EVENT_CANCELLED);
        }
        return occurrence;
    }

    private void promote(UUID occurrenceId, EventDetails event) {
        Occurrence occurrence = occurrences.find(occurrenceId).orElseThrow();
        int free = event.capacity() == null ? Integer.MAX_VALUE : event.capacity() - occurrence.going();
        while (free-- > 0) {
            Optional<AccountId> next = rsvps.firstWaiting(occurrenceId);
            if (next.isEmpty()) {
                return;
            }
            rsvps.change(occurrenceId, next.get(), Attendance.GOING);
            tally(occurrenceId, Attendance.WAITLISTED, -1);
            tally(occurrenceId, Attendance.GOING, 1);
            notices.tell(List.of(next.get()), Notices.UPDATE, "A place opened up: you are going to " + event.title() + ".",
                    CalendarRoutes.event(event.id()), null);
        }
    }

    private void tally(UUID occurrenceId, Attendance status, int by) {
        switch (status) {
            case GOING -> occurrences.count(occurrenceId, by, 0, 0);
            case INTERESTED -> occurrences.count(occurrenceId, 0, by, 0);
            case WAITLISTED -> occurrences.count(occurrenceId, 0, 0, by);
        }
    }
}
