package com.mediapatch.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventFilter;
import com.mediapatch.calendar.EventMatch;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Occurrence;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.UpcomingEvents;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;
import com.mediapatch.shared.SqlTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The events index follows every write made with SQL, and the time passing; the other modules' way in finds by it. */
@IntegrationTest
class EventIndexIntegrationTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    EventDesk desk;

    @Autowired
    EventReader reader;

    @Autowired
    EventFinder finder;

    @Autowired
    OccurrenceListings listings;

    @Autowired
    CalendarJobs jobs;

    @Autowired
    UpcomingEvents upcoming;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Places places;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void indexReady() {
        SearchReady.await(indexes);
    }

    @Test
    void creatingRetitlingAndCancellingAnEventChangesWhatItIsFoundBy() throws Exception {
        String before = UniqueWords.next("ev");
        String after = UniqueWords.next("ev");
        AccountId organiser = member("Indexed Organiser");
        UUID id = desk.create(organiser, draft("Basement session " + before, soon(30), Repetition.NONE, "soul"));

        assertThat(ids(before)).containsExactly(id);
        desk.update(organiser, id, draft("Rooftop session " + after, soon(30), Repetition.NONE, "soul"));
        assertThat(ids(before)).isEmpty();
        assertThat(ids(after)).containsExactly(id);
        desk.cancel(organiser, id);
        assertThat(ids(after)).isEmpty();
        assertThat(reader.page(filter(after), null, 10).items()).isEmpty();
    }

    @Test
    void otherModulesGetTheNextDateThePlaceAndTheTypeOfEachMatch() throws Exception {
        String tag = UniqueWords.next("ev");
        AccountId organiser = member("Matched Organiser");
        ZonedDateTime start = soon(50);
        UUID id = desk.create(organiser, draft("Harbour jam " + tag, start, Repetition.WEEKLY, "jazz"));

        List<EventMatch> found = upcoming.matching(tag, 5);

        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo(id);
            assertThat(match.when()).isEqualTo(DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                    .format(start));
            assertThat(match.where()).isEqualTo("The Grove, Leeds");
            assertThat(match.typeLabel()).isEqualTo("Jam session");
            assertThat(match.path()).startsWith("/events/" + id + "?on=");
        });
        assertThat(upcoming.matching("", 5)).isEmpty();
    }

    @Test
    void theNextStartMovesOnWhenItsOccurrenceBeginsOrIsCancelled() throws Exception {
        String tag = UniqueWords.next("ev");
        AccountId organiser = member("Weekly Organiser");
        UUID id = desk.create(organiser, draft("Weekly circle " + tag, soon(30), Repetition.WEEKLY, "folk"));
        List<Occurrence> dates = reader.upcoming(id, 3);
        EventFilter withinTwoDays = new EventFilter(null, clock.instant(), clock.instant().plus(Duration.ofDays(2)), null, null,
                null, null, false, tag);
        assertThat(soonest(withinTwoDays)).containsExactly(id);

        desk.cancelOccurrence(organiser, dates.get(0).id());
        assertThat(soonest(withinTwoDays)).isEmpty();
        assertThat(nextStart(id)).isEqualTo(dates.get(1).startsAt());

        // The second date begins: moved an hour into the past as if a week had gone by.
        Instant begun = clock.instant().minus(Duration.ofHours(1));
        jdbc.update("update calendar_occurrence set starts_at = ? where id = ?", SqlTime.of(begun), dates.get(1).id());
        jdbc.update("update calendar_event set next_starts_at = ? where id = ?", SqlTime.of(begun), id);
        assertThat(jobs.moveNextStarts()).isPositive();
        assertThat(nextStart(id)).isEqualTo(dates.get(2).startsAt());
        assertThat(reader.best(tag, 1)).singleElement()
                .satisfies(listing -> assertThat(listing.occurrence().id()).isEqualTo(dates.get(2).id()));
    }

    @Test
    void whileTheIndexIsBuiltTheDatabaseFindsEachWordAsTyped() throws Exception {
        String tag = UniqueWords.next("ev");
        AccountId organiser = member("Literal Organiser");
        UUID id = desk.create(organiser, draft("Ukulele orchestra " + tag, soon(30), Repetition.NONE, "folk"));
        desk.create(organiser, draft("Kazoo choir " + tag, soon(31), Repetition.NONE, "folk"));

        assertThat(listings.listContaining(filter("ukulele " + tag.toUpperCase()), null, 10)).extracting(Listing::event)
                .extracting(event -> event.id()).containsExactly(id);
        assertThat(listings.listContaining(filter("ukelele " + tag), null, 10)).isEmpty();
        assertThat(reader.wordsNote(filter(tag))).isNull();
    }

    private List<UUID> ids(String words) {
        return reader.best(words, 10).stream().map(listing -> listing.event().id()).toList();
    }

    private List<UUID> soonest(EventFilter filter) {
        return transactions.execute(status -> finder.soonest(filter, clock.instant()));
    }

    private Instant nextStart(UUID id) {
        return jdbc.queryForObject("select next_starts_at from calendar_event where id = ?", OffsetDateTime.class, id)
                .toInstant();
    }

    private EventFilter filter(String words) {
        return new EventFilter(null, clock.instant(), clock.instant().plus(Duration.ofDays(400)), null, null, null, null,
                false, words);
    }

    private AccountId member(String name) throws Exception {
        return accounts.accountId(accounts.verifiedMember(name));
    }

    private ZonedDateTime soon(int hours) {
        return clock.instant().plus(Duration.ofHours(hours)).atZone(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
    }

    private EventDraft draft(String title, ZonedDateTime start, Repetition repetition, String genres) {
        return new EventDraft(EventType.JAM_SESSION, title, "All welcome", "The Grove", null, "Leeds",
                places.named("Leeds", "GB").orElseThrow().id(), null, LOCAL.format(start), LOCAL.format(start.plusHours(2)),
                "Europe/London", repetition, genres, true, null, null, null, null, "");
    }
}
