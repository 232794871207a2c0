package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDetails;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and cancelling events: the organiser's side. Occurrences are written for the
 * rolling horizon on each save and the search index follows; attendees hear about cancellations and moved
 * dates, and members named in the lineup are asked to confirm.
 */
@Service
public class EventDesk {

    private static final List<Attendance> ATTENDING = List.of(Attendance.GOING, Attendance.WAITLISTED, Attendance.INTERESTED);

    private final EventRules rules;
    private final EventStore events;
    private final OccurrenceStore occurrences;
    private final LineupStore lineups;
    private final RsvpStore rsvps;
    private final Notices notices;
    private final EventIndex index;
    private final ApplicationEventPublisher publisher;
    private final CalendarProperties properties;
    private final Clock clock;

    EventDesk(EventRules rules, EventStore events, OccurrenceStore occurrences, LineupStore lineups, RsvpStore rsvps,
            Notices notices, EventIndex index, ApplicationEventPublisher publisher, CalendarProperties properties,
            Clock clock) {
        this.rules = rules;
        this.events = events;
        this.occurrences = occurrences;
        this.lineups = lineups;
        this.rsvps = rsvps;
        this.notices = notices;
        this.index = index;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public UUID create(AccountId organiser, EventDraft draft) {
        Instant now = clock.instant();
        ValidEvent valid = rules.check(draft, now, null);
        UUID id = UUID.randomUUID();
        Instant horizon = now.plus(properties.horizon());
        events.insert(id, organiser, valid, horizon, now);
        EventDetails event = events.find(id).orElseThrow();
        occurrences.materialise(event, OccurrenceExpander.starts(event.localStart(), event.rrule(), event.startsAt(), horizon));
        index.changed(id, now);
        askLineup(event, lineups.replace(id, valid.lineup()));
        audit(organiser, "calendar.event-created", id);
        publisher.publishEvent(new EventPosted(id));
        return id;
    }

    @Transactional
    public void update(AccountId organiser, UUID id, EventDraft draft) {
        EventDetails before = owned(organiser, id);
        if (before.cancelled()) {
            throw new CalendarProblem(CalendarProblem.EVENT_CANCELLED);
        }
        Instant now = clock.instant();
        ValidEvent valid = rules.check(draft, now, before.startsAt());
        events.update(id, valid, now);
        EventDetails event = events.find(id).orElseThrow();
        Instant horizon = now.plus(properties.horizon());
        Instant from = before.startsAt().isAfter(now) ? before.startsAt() : now;
        List<ZonedDateTime> starts = OccurrenceExpander.starts(event.localStart(), event.rrule(),
                event.startsAt().isAfter(from) ? from : event.startsAt(), horizon);
        List<UUID> moved = occurrences.removeFromExcept(id, from, starts.stream().map(ZonedDateTime::toInstant).toList());
        occurrences.follow(event);
        occurrences.materialise(event, starts.stream().filter(start -> !start.toInstant().isBefore(from)).toList());
        events.extendHorizon(id, horizon);
        index.changed(id, now);
        askLineup(event, lineups.replace(id, valid.lineup()));
        audit(organiser, "calendar.event-changed", id);
        if (!moved.isEmpty()) {
            notices.tell(rsvps.answering(moved, ATTENDING), Notices.UPDATE,
                    "The dates of " + event.title() + " changed; please check when it is now.", CalendarRoutes.event(id), organiser);
        }
    }

    /** Cancels the whole event from now on; everyone who answered an upcoming occurrence is told. */
    @Transactional
    public void cancel(AccountId organiser, UUID id) {
        EventDetails event = owned(organiser, id);
        if (event.cancelled()) {
            return;
        }
        Instant now = clock.instant();
        List<UUID> upcoming = occurrences.nextOf(id, now, OccurrenceExpander.MOST).stream().map(Occurrence::id).toList();
        events.cancel(id, now);
        occurrences.cancelFrom(id, now);
        index.changed(id, now);
        audit(organiser, "calendar.event-cancelled", id);
        notices.tell(rsvps.answering(upcoming, ATTENDING), Notices.UPDATE, event.title() + " has been cancelled.",
                CalendarRoutes.event(id), organiser);
    }

    /** Cancels one occurrence (an EXDATE in the event's iCalendar); its attendees are told. */
    @Transactional
    public void cancelOccurrence(AccountId organiser, UUID occurrenceId) {
        Occurrence occurrence = occurrences.find(occurrenceId)
                .orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        EventDetails event = owned(organiser, occurrence.eventId());
        if (occurrence.startsAt().isBefore(clock.instant())) {
            throw new CalendarProblem(CalendarProblem.EVENT_CANCELLED, "This occurrence has already started.");
        }
        if (occurrences.cancel(occurrenceId)) {
            index.changed(event.id(), clock.instant());
            audit(organiser, "calendar.occurrence-cancelled", occurrenceId);
            notices.tell(rsvps.answering(List.of(occurrenceId), ATTENDING), Notices.UPDATE,
                    event.title() + " is off on one of its dates; the others go ahead.", CalendarRoutes.event(event.id(), occurrenceId),
                    organiser);
        }
    }

    /** The organiser's short message to everyone going or waiting for a place at one occurrence. */
    @Transactional(readOnly = true)
    public int message(AccountId organiser, UUID occurrenceId, String text) {
        Occurrence occurrence = occurrences.find(occurrenceId)
                .orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        EventDetails event = owned(organiser, occurrence.eventId());
        List<AccountId> recipients = rsvps.answering(List.of(occurrenceId), List.of(Attendance.GOING, Attendance.WAITLISTED));
        notices.tell(recipients, Notices.UPDATE, event.title() + ": " + text.strip(),
                CalendarRoutes.event(event.id(), occurrenceId), organiser);
        return (int) recipients.stream().filter(member -> !member.equals(organiser)).count();
    }

    /** A named member's answer to being in the lineup: confirmed members are shown, declining ones removed. */
    @Transactional
    public void answerLineup(AccountId member, UUID id, boolean confirm) {
        boolean named = lineups.of(id).stream().anyMatch(entry -> entry.member().equals(member));
        if (!named) {
            throw new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND);
        }
        if (confirm) {
            lineups.confirm(id, member, clock.instant());
        } else {
            lineups.remove(id, member);
        }
    }

    /** The event, when {@code organiser} organises it; otherwise not found, so others cannot tell it apart. */
    public EventDetails owned(AccountId organiser, UUID id) {
        EventDetails event = events.find(id).orElseThrow(() -> new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND));
        if (!event.organisedBy(organiser)) {
            throw new CalendarProblem(CalendarProblem.EVENT_NOT_FOUND);
        }
        return event;
    }

    private void askLineup(EventDetails event, List<AccountId> named) {
        notices.tell(named, Notices.LINEUP, "You are named in the lineup of " + event.title() + ": confirm to be shown.",
                CalendarRoutes.event(event.id()), event.organiser());
    }

    private void audit(AccountId actor, String action, UUID target) {
        publisher.publishEvent(AuditableAction.of(clock.instant(), "member:" + actor.value(), action, "event:" + target, null,
                Map.of()));
    }
}
