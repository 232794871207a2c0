package com.mediapatch.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.Parallel;
import com.mediapatch.SqlStatements;
import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.EventRefused;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@Import(SqlStatements.Counting.class)
class CalendarDeskIntegrationTests {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    EventDesk desk;

    @Autowired
    RsvpDesk rsvps;

    @Autowired
    EventReader reader;

    @Autowired
    CalendarJobs jobs;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Places places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void refusesEndBeforeStartStartInThePastAndUnknownLineup() throws Exception {
        AccountId organiser = member("Careful Organiser");
        ZonedDateTime start = soon(48);

        assertThatThrownBy(() -> desk.create(organiser, draft(start, start.minusHours(1), Repetition.NONE, null, "")))
                .isInstanceOfSatisfying(EventRefused.class, refusal -> assertThat(refusal.field()).isEqualTo("ends"));
        ZonedDateTime past = ZonedDateTime.now(clock).minusHours(2);
        assertThatThrownBy(() -> desk.create(organiser, draft(past, past.plusHours(1), Repetition.NONE, null, "")))
                .isInstanceOfSatisfying(EventRefused.class, refusal -> assertThat(refusal.field()).isEqualTo("starts"));
        assertThatThrownBy(() -> desk.create(organiser, draft(start, start.plusHours(1), Repetition.NONE, null, "@nobody-here-" + UUID.randomUUID().toString().substring(0, 6))))
                .isInstanceOfSatisfying(EventRefused.class, refusal -> assertThat(refusal.field()).isEqualTo("lineup"));
        assertThatThrownBy(() -> desk.create(organiser, draft(start, start.plusDays(2), Repetition.WEEKLY, null, "")))
                .isInstanceOfSatisfying(EventRefused.class, refusal -> assertThat(refusal.getMessage()).contains("at most a day"));
        assertThat(jdbc.queryForObject("select count(*) from calendar_event where organiser = ?", Long.class, organiser.value())).isZero();
    }

    @Test
    void aWeeklyEventHasItsOccurrencesForTheHorizonAndOneCanBeCancelled() throws Exception {
        AccountId organiser = member("Weekly Organiser");
        AccountId fan = member("Weekly Fan");
        ZonedDateTime start = soon(72);
        UUID id = desk.create(organiser, draft(start, start.plusHours(3), Repetition.WEEKLY, null, ""));

        List<Occurrence> upcoming = reader.upcoming(id, 60);
        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(52);
        assertThat(upcoming).extracting(occurrence -> occurrence.startsAt().atZone(start.getZone()).toLocalTime())
                .containsOnly(start.toLocalTime());
        Occurrence second = upcoming.get(1);
        rsvps.answer(second.id(), fan, Attendance.GOING);

        desk.cancelOccurrence(organiser, second.id());

        assertThat(reader.cancelledStarts(id)).containsExactly(second.startsAt());
        assertThatThrownBy(() -> rsvps.answer(second.id(), fan, Attendance.INTERESTED)).isInstanceOf(CalendarProblem.class);
        awaitNotification(fan, "event-update");
    }

    @Test
    void parallelAnswersFillTheCapacityAndTheRestWaitThenMoveUpInOrder() throws Exception {
        AccountId organiser = member("Small Room");
        ZonedDateTime start = soon(96);
        UUID id = desk.create(organiser, draft(start, start.plusHours(2), Repetition.NONE, 3, ""));
        UUID occurrence = reader.upcoming(id, 1).get(0).id();
        List<AccountId> fans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fans.add(member("Fan " + i));
        }

        List<Attendance> answers = Parallel.run(fans.size(), index -> rsvps.answer(occurrence, fans.get(index), Attendance.GOING));

        assertThat(answers).filteredOn(answer -> answer == Attendance.GOING).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer == Attendance.WAITLISTED).hasSize(5);
        Occurrence counted = reader.occurrence(occurrence).orElseThrow();
        assertThat(counted.going()).isEqualTo(3);
        assertThat(counted.waitlisted()).isEqualTo(5);

        AccountId leaving = fans.get(answers.indexOf(Attendance.GOING));
        AccountId firstWaiting = rsvpOrder(occurrence).get(0);
        rsvps.withdraw(occurrence, leaving);

        assertThat(rsvps.answerOf(occurrence, firstWaiting)).contains(Attendance.GOING);
        assertThat(reader.occurrence(occurrence).orElseThrow().going()).isEqualTo(3);
        assertThat(reader.occurrence(occurrence).orElseThrow().waitlisted()).isEqualTo(4);
        awaitNotification(firstWaiting, "event-update");
    }

    @Test
    void remindersGoOutOnceForOccurrencesStartingWithinADay() throws Exception {
        AccountId organiser = member("Reminding Organiser");
        AccountId fan = member("Forgetful Fan");
        ZonedDateTime start = soon(5);
        UUID id = desk.create(organiser, draft(start, start.plusHours(1), Repetition.NONE, null, ""));
        rsvps.answer(reader.upcoming(id, 1).get(0).id(), fan, Attendance.INTERESTED);

        jobs.sendReminders();
        jobs.sendReminders();

        awaitNotification(fan, "event-reminder");
        Thread.sleep(300);
        assertThat(jdbc.queryForObject("select count(*) from notifications_notification where recipient = ? and kind = 'event-reminder'",
                Long.class, fan.value())).isEqualTo(1);
    }

    @Test
    void onlyTheOrganiserChangesCancelsOrMessagesAnEvent() throws Exception {
        AccountId organiser = member("Owner Organiser");
        AccountId other = member("Someone Else");
        ZonedDateTime start = soon(50);
        UUID id = desk.create(organiser, draft(start, start.plusHours(2), Repetition.NONE, null, ""));
        UUID occurrence = reader.upcoming(id, 1).get(0).id();

        assertThatThrownBy(() -> desk.update(other, id, draft(start, start.plusHours(3), Repetition.NONE, null, "")))
                .isInstanceOfSatisfying(CalendarProblem.class, problem -> assertThat(problem.type()).isEqualTo(CalendarProblem.EVENT_NOT_FOUND));
        assertThatThrownBy(() -> desk.cancel(other, id)).isInstanceOf(CalendarProblem.class);
        assertThatThrownBy(() -> desk.cancelOccurrence(other, occurrence)).isInstanceOf(CalendarProblem.class);
        assertThatThrownBy(() -> desk.message(other, occurrence, "hello")).isInstanceOf(CalendarProblem.class);
        assertThat(reader.event(id).orElseThrow().cancelled()).isFalse();
    }

    @Test
    void lineupMembersAreShownOnlyOnceTheyConfirm() throws Exception {
        AccountId organiser = member("Lineup Organiser");
        String bassistEmail = accounts.verifiedMember("Lineup Bassist");
        AccountId bassist = accounts.accountId(bassistEmail);
        String handle = jdbc.queryForObject("select handle from profiles_profile where account_id = ?", String.class, bassist.value());
        AccountId stranger = member("Lineup Stranger");
        ZonedDateTime start = soon(60);
        UUID id = desk.create(organiser, draft(start, start.plusHours(2), Repetition.NONE, null, "@" + handle));
        var event = reader.event(id).orElseThrow();

        assertThat(reader.lineup(event, stranger)).isEmpty();
        assertThat(reader.lineup(event, organiser)).hasSize(1);
        awaitNotification(bassist, "event-lineup");
        desk.answerLineup(bassist, id, true);

        assertThat(reader.lineup(event, stranger)).extracting(entry -> entry.member()).containsExactly(bassist);
        assertThatThrownBy(() -> desk.answerLineup(stranger, id, true)).isInstanceOf(CalendarProblem.class);
    }

    @Test
    void theListPagesThroughEveryOccurrenceOnceInTimeOrder() throws Exception {
        String genre = "g" + UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime start = soon(30);
        EventDraft weekly = draft(start, start.plusHours(2), Repetition.WEEKLY, null, "");
        desk.create(member("Paging Organiser"), new EventDraft(weekly.type(), weekly.title(), weekly.description(),
                weekly.venue(), weekly.address(), weekly.city(), weekly.placeId(), weekly.onlineLink(), weekly.starts(),
                weekly.ends(), weekly.zone(), weekly.repetition(), genre, weekly.free(), null, null, null, null, ""));
        EventFilter filter = new EventFilter(null, clock.instant(), clock.instant().plus(Duration.ofDays(400)), null, null,
                null, genre, false, null);

        List<Instant> seen = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        PageCursor after = null;
        do {
            KeysetPage<Listing> page = reader.page(filter, after, 10);
            page.items().forEach(listing -> {
                seen.add(listing.occurrence().startsAt());
                ids.add(listing.occurrence().id());
            });
            after = page.next() == null ? null : PageCursor.parse(page.next());
        } while (after != null);

        assertThat(seen).hasSizeGreaterThanOrEqualTo(52).isSorted();
        assertThat(ids).hasSameSizeAs(seen);
    }

    private List<AccountId> rsvpOrder(UUID occurrence) {
        return jdbc.queryForList("select member from calendar_rsvp where occurrence_id = ? and status = 'WAITLISTED' "
                + "order by responded_at, member", UUID.class, occurrence).stream().map(AccountId::new).toList();
    }

    private void awaitNotification(AccountId recipient, String kind) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from notifications_notification where recipient = ? and kind = ?", Long.class,
                recipient.value(), kind) > 0);
    }

    private AccountId member(String name) throws Exception {
        return accounts.accountId(accounts.verifiedMember(name));
    }

    private ZonedDateTime soon(int hours) {
        return clock.instant().plus(Duration.ofHours(hours)).atZone(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
    }

    EventDraft draft(ZonedDateTime start, ZonedDateTime end, Repetition repetition, Integer capacity, String lineup) {
        long leeds = places.named("Leeds", "GB").orElseThrow().id();
        return new EventDraft(EventType.JAM_SESSION, "Jam " + Instant.now().toEpochMilli(), "Bring *horns*", "The Grove",
                "1 Lane", "Leeds", leeds, null, LOCAL.format(start), LOCAL.format(end), start.getZone().getId(), repetition,
                "jazz, funk", true, null, null, null, capacity, lineup);
    }
}
