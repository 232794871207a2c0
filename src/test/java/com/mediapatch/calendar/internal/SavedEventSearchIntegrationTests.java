package com.mediapatch.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Saved event searches: each newly posted event is matched against them once, and the matching owners are told. */
@IntegrationTest
class SavedEventSearchIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    EventDesk desk;

    @Autowired
    EventStore events;

    @Autowired
    SavedEventSearches searches;

    @Autowired
    EventSearchAlerts alerts;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Places places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aNewEventAlertsTheOwnersOfMatchingSearchesAndNobodyElse() throws Exception {
        String word = UniqueWords.next("ze");
        String leeds = String.valueOf(places.named("Leeds", "GB").orElseThrow().id());
        String london = String.valueOf(places.named("London", "GB").orElseThrow().id());
        AccountId organiser = member("Alert Organiser");
        AccountId fan = member("Alert Fan");
        AccountId wrongType = member("Alert Workshop Fan");
        AccountId farAway = member("Alert Londoner");
        AccountId pastDates = member("Alert Tomorrow Only");
        searches.save(fan, "Jams near Leeds", query(word, "JAM_SESSION", leeds, null), LONDON);
        searches.save(wrongType, "Workshops", query(word, "WORKSHOP", null, null), LONDON);
        searches.save(farAway, "Jams in London", query(word, null, london, null), LONDON);
        searches.save(pastDates, "Today", query(word, null, null, "today"), LONDON);
        searches.save(organiser, "My own", query(word, null, null, null), LONDON);

        UUID matching = desk.create(organiser, draft("Late jam " + word, in(72)));
        UUID otherWords = desk.create(organiser, draft("Late jam without the word", in(72)));

        assertThat(alerts.recipients(events.find(matching).orElseThrow())).containsExactly(fan);
        assertThat(alerts.recipients(events.find(otherWords).orElseThrow())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from "
                + "notifications_notification where recipient = ? and kind = ? and link = ?", Long.class, fan.value(),
                EventSearchAlerts.KIND, CalendarRoutes.event(matching)) == 1);
    }

    @Test
    void searchesAreBoundedRefusedWhenAbsurdAndOnlyTheirOwnerDeletesThem() throws Exception {
        AccountId owner = member("Saving Fan");
        AccountId other = member("Saving Snoop");
        String london = String.valueOf(places.named("London", "GB").orElseThrow().id());
        UUID first = searches.save(owner, " ", query("funk", null, null, null), LONDON);

        assertThatThrownBy(() -> searches.save(owner, "Far", new EventQuery(null, null, null, null, null, london, "9999",
                null, null), LONDON))
                .isInstanceOf(CalendarProblem.class).hasMessageContaining("radius");
        assertThatThrownBy(() -> searches.delete(other, first)).isInstanceOfSatisfying(CalendarProblem.class,
                refused -> assertThat(refused.type()).isEqualTo(CalendarProblem.SAVED_SEARCH_NOT_FOUND));
        for (int i = 1; i < SavedEventSearches.MOST; i++) {
            searches.save(owner, "Search " + i, query("word" + i, null, null, null), LONDON);
        }
        assertThatThrownBy(() -> searches.save(owner, "One too many", EventQuery.NONE, LONDON))
                .isInstanceOf(CalendarProblem.class).hasMessageContaining("at most " + SavedEventSearches.MOST);
        assertThat(searches.ownedBy(owner)).hasSize(SavedEventSearches.MOST).first()
                .satisfies(search -> assertThat(search.label()).isEqualTo("Saved search"));

        searches.delete(owner, first);
        assertThat(searches.ownedBy(owner)).hasSize(SavedEventSearches.MOST - 1);
    }

    private static EventQuery query(String words, String type, String placeId, String when) {
        return new EventQuery(words, type, when, null, null, placeId, null, null, null);
    }

    private AccountId member(String name) throws Exception {
        return accounts.accountId(accounts.verifiedMember(name));
    }

    private ZonedDateTime in(int hours) {
        return clock.instant().plus(Duration.ofHours(hours)).atZone(LONDON).truncatedTo(ChronoUnit.MINUTES);
    }

    private EventDraft draft(String title, ZonedDateTime start) {
        long leeds = places.named("Leeds", "GB").orElseThrow().id();
        return new EventDraft(EventType.JAM_SESSION, title, "Bring *horns*", "The Grove", "1 Lane", "Leeds", leeds, null,
                CalendarDeskIntegrationTests.LOCAL.format(start), CalendarDeskIntegrationTests.LOCAL.format(start.plusHours(3)),
                LONDON.getId(), Repetition.NONE, "jazz, funk", true, null, null, null, null, "");
    }
}
