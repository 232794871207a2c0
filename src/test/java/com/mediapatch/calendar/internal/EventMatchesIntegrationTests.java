package com.mediapatch.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "Matches for you" on the events list: coming events in the viewer's genres and near them, with the reason. */
@IntegrationTest
class EventMatchesIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventDesk desk;

    @Autowired
    EventMatches matches;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    Places places;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    Clock clock;

    @Test
    void eventsInTheViewersGenresNearThemComeFirstWithTheirReasonAndTheirOwnAreLeftOut() throws Exception {
        SearchReady.await(indexes);
        String genre = UniqueWords.next("zg");
        String viewerEmail = accounts.verifiedMember("Events Match Viewer");
        AccountId viewer = accounts.accountId(viewerEmail);
        AccountId organiser = accounts.accountId(accounts.verifiedMember("Events Match Organiser"));
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        String handle = profiles.of(viewer).orElseThrow().handle();
        profiles.update(viewer, new ProfileDetails(handle, "Events Match Viewer", "", List.of(), List.of(), List.of(genre),
                "Leeds", "GB", leeds.latitude(), leeds.longitude(), leeds.id(), null, null, null, null, null, null, null,
                List.of(), Visibility.MEMBERS, Theme.SYSTEM));
        UUID nearInGenre = desk.create(organiser, draft("Bradford night", "Bradford", genre));
        UUID farInGenre = desk.create(organiser, draft("London night", "London", genre));
        desk.create(viewer, draft("My own night", "Leeds", genre));

        List<EventMatches.Match> found = matches.forViewer(viewer);

        assertThat(found).extracting(match -> match.listing().event().id()).startsWith(nearInGenre, farInGenre);
        assertThat(found).extracting(match -> match.listing().event().organiser()).doesNotContain(viewer);
        assertThat(found.get(0).reason()).matches(genre + " \\u00b7 \\d+ km");
        mvc.perform(get(CalendarRoutes.EVENTS).cookie(accounts.signIn(viewerEmail)))
                .andExpect(content().string(containsString("Matches for you")))
                .andExpect(content().string(containsString(found.get(0).reason())));
    }

    private EventDraft draft(String title, String city, String genre) {
        long place = places.named(city, "GB").orElseThrow().id();
        ZonedDateTime start = clock.instant().plus(Duration.ofDays(3)).atZone(LONDON).truncatedTo(ChronoUnit.HOURS);
        return new EventDraft(EventType.GIG, title, "Loud", "The Hall", "1 Lane", city, place, null,
                CalendarDeskIntegrationTests.LOCAL.format(start), CalendarDeskIntegrationTests.LOCAL.format(start.plusHours(3)),
                LONDON.getId(), Repetition.NONE, genre, true, null, null, null, null, "");
    }
}
