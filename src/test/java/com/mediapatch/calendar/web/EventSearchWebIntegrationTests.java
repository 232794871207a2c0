package com.mediapatch.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Listing;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.calendar.internal.Filters;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;
import com.mediapatch.search.SearchRoutes;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Words on /events and the API: typos and synonyms forgiven, with every filter, in time order, at a fixed cost. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class EventSearchWebIntegrationTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    EventDesk desk;

    @Autowired
    EventReader reader;

    @Autowired
    Filters filters;

    @Autowired
    Places places;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    Clock clock;

    @BeforeEach
    void indexReady() {
        SearchReady.await(indexes);
    }

    @Test
    void aTypoOrASynonymStillFindsTheEvent() throws Exception {
        String tag = UniqueWords.next("ew");
        AccountId organiser = member("Typo Organiser");
        desk.create(organiser, draft(EventType.JAM_SESSION, "Jazz jam " + tag, soon(20), "jazz", true, leeds()));
        desk.create(organiser, draft(EventType.OPEN_MIC, "Open mic night " + tag, soon(21), "folk", true, leeds()));
        desk.create(organiser, draft(EventType.MEETUP, "Poetry reading " + tag, soon(22), "spoken word", true, leeds()));

        mvc.perform(get(CalendarRoutes.EVENTS).param("q", "jazz jm " + tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jazz jam " + tag)))
                .andExpect(content().string(not(containsString("Open mic night " + tag))))
                .andExpect(content().string(not(containsString("Poetry reading " + tag))));
        mvc.perform(get(CalendarRoutes.EVENTS).param("q", "open mike " + tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open mic night " + tag)))
                .andExpect(content().string(not(containsString("Jazz jam " + tag))));
        mvc.perform(get(CalendarRoutes.EVENTS).param("q", "poetry readings " + tag).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"event-results\"")))
                .andExpect(content().string(containsString("Poetry reading " + tag)));
        mvc.perform(get(CalendarRoutes.EVENTS).param("q", "x".repeat(101))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 100 characters")));
    }

    @Test
    void theSiteSearchListsUpcomingEventsAndLinksToTheEventsPage() throws Exception {
        String tag = UniqueWords.next("ew");
        AccountId organiser = member("Site Search Organiser");
        UUID kept = desk.create(organiser, draft(EventType.OPEN_MIC, "Open mic " + tag, soon(50), "folk", true, leeds()));
        UUID called = desk.create(organiser, draft(EventType.OPEN_MIC, "Open stage " + tag, soon(51), "folk", true, leeds()));
        desk.cancel(organiser, called);

        mvc.perform(get(SearchRoutes.PAGE).param("q", "open " + tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open mic " + tag)))
                .andExpect(content().string(containsString("/events/" + kept)))
                .andExpect(content().string(not(containsString("Open stage " + tag))))
                .andExpect(content().string(containsString("href=\"/events?q=open+" + tag + "\">See all 1 in Events")));
    }

    @Test
    void wordsNarrowEveryFilterOnThePageAndInTheApi() throws Exception {
        String tag = UniqueWords.next("ew");
        AccountId organiser = member("Filtered Organiser");
        desk.create(organiser, draft(EventType.GIG, "Leeds gig " + tag, soon(30), "jazz", true, leeds()));
        desk.create(organiser, draft(EventType.WORKSHOP, "London workshop " + tag, soon(31), "folk", false,
                places.named("London", "GB").orElseThrow().id()));
        desk.create(organiser, draft(EventType.GIG, "Other gig " + UniqueWords.next("ew"), soon(32), "jazz", true, leeds()));
        String bearer = token(accounts.verifiedMember("Filtering Reader"));

        assertThat(titles(bearer, "q", tag)).containsExactly("Leeds gig " + tag, "London workshop " + tag);
        assertThat(titles(bearer, "q", tag, "type", "WORKSHOP")).containsExactly("London workshop " + tag);
        assertThat(titles(bearer, "q", tag, "free", "true")).containsExactly("Leeds gig " + tag);
        assertThat(titles(bearer, "q", tag, "genre", "folk")).containsExactly("London workshop " + tag);
        assertThat(titles(bearer, "q", tag, "placeId", String.valueOf(leeds()), "radius", "50"))
                .containsExactly("Leeds gig " + tag);
        assertThat(titles(bearer, "q", tag, "when", "today")).isEmpty();
        mvc.perform(get(CalendarRoutes.EVENTS).param("q", "workshop " + tag).param("view", "month")
                        .param("month", YearMonth.from(soon(31).withZoneSameInstant(ZoneOffset.UTC)).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("London workshop " + tag)))
                .andExpect(content().string(not(containsString("Leeds gig " + tag))));
    }

    @Test
    void aFeedSavedFromASearchHoldsOnlyTheMatchingEvents() throws Exception {
        String tag = UniqueWords.next("ew");
        String email = accounts.verifiedMember("Feed Searcher");
        AccountId organiser = accounts.accountId(email);
        desk.create(organiser, draft(EventType.GIG, "Saved gig " + tag, soon(40), "jazz", true, leeds()));
        desk.create(organiser, draft(EventType.GIG, "Unsaved gig " + UniqueWords.next("ew"), soon(41), "jazz", true, leeds()));
        Cookie session = accounts.signIn(email);

        String feedUrl = (String) mvc.perform(post(CalendarRoutes.FEEDS).with(csrf()).cookie(session).param("label", "Search")
                        .param("filter", "q=" + tag + "&genre=jazz"))
                .andReturn().getFlashMap().get("newFeedUrl");
        String feed = mvc.perform(get(feedUrl.substring(feedUrl.indexOf("/calendar/feeds/")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(feed).contains("Saved gig " + tag).doesNotContain("Unsaved gig");
        mvc.perform(post(CalendarRoutes.FEEDS).with(csrf()).cookie(session).param("label", "Long")
                        .param("filter", "q=" + "\u00e9".repeat(100)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void occurrencesOfTheMatchingEventsComeInTimeOrderPageByPage() throws Exception {
        String tag = UniqueWords.next("ew");
        AccountId organiser = member("Paged Organiser");
        desk.create(organiser, new EventDraft(EventType.JAM_SESSION, "Weekly " + tag, "", "The Grove", null, "Leeds", leeds(),
                null, LOCAL.format(soon(24)), LOCAL.format(soon(26)), "Europe/London", Repetition.WEEKLY, "jazz", true, null,
                null, null, null, ""));
        for (int day = 2; day <= 16; day += 7) {
            desk.create(organiser, draft(EventType.GIG, "Gig " + day + " " + tag, soon(24 * day), "jazz", true, leeds()));
        }
        List<Instant> starts = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        PageCursor after = null;
        for (int page = 0; page < 3; page++) {
            KeysetPage<Listing> listings = reader.page(filters.resolve(
                    new EventQuery(tag, null, null, null, null, null, null, null, null), ZoneOffset.UTC), after, 2);
            listings.items().forEach(listing -> {
                starts.add(listing.occurrence().startsAt());
                assertThat(seen.add(listing.occurrence().id())).isTrue();
            });
            after = PageCursor.parse(listings.next());
        }

        assertThat(starts).hasSize(6).isSorted();
        assertThat(seen).hasSize(6);
    }

    @Test
    void searchingCostsTheSameStatementsForThreeOrThirtyMatchingEvents() throws Exception {
        String tag = UniqueWords.next("ew");
        AccountId organiser = member("Counted Organiser");
        for (int i = 0; i < 3; i++) {
            desk.create(organiser, draft(EventType.GIG, "Counted gig " + tag, soon(300 + i), "jazz", true, leeds()));
        }
        statements(tag); // the first page of a run reads and caches more
        int few = statements(tag);
        List<String> fewTexts = SqlStatements.textsSinceLastAsked();
        for (int i = 0; i < 27; i++) {
            desk.create(organiser, draft(EventType.GIG, "Counted gig " + tag, soon(400 + i), "jazz", true, leeds()));
        }
        statements(tag); // caches of a few seconds (the site's switches) expired meanwhile: settle them first
        int many = statements(tag);

        assertThat(many).as("%s against %s", SqlStatements.textsSinceLastAsked(), fewTexts).isEqualTo(few);
    }

    private int statements(String tag) throws Exception {
        SqlStatements.countSinceLastAsked();
        SqlStatements.textsSinceLastAsked();
        mvc.perform(get(CalendarRoutes.EVENTS).param("q", tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Counted gig " + tag)));
        return SqlStatements.countSinceLastAsked();
    }

    private List<String> titles(String bearer, String... params) throws Exception {
        var request = get(CalendarRoutes.API).header("Authorization", bearer);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].title");
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    private AccountId member(String name) throws Exception {
        return accounts.accountId(accounts.verifiedMember(name));
    }

    private long leeds() {
        return places.named("Leeds", "GB").orElseThrow().id();
    }

    private ZonedDateTime soon(int hours) {
        return clock.instant().plus(Duration.ofHours(hours)).atZone(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
    }

    private static EventDraft draft(EventType type, String title, ZonedDateTime start, String genres, boolean free, long place) {
        return new EventDraft(type, title, "Bring friends", "The Hall", null, null, place, null, LOCAL.format(start),
                LOCAL.format(start.plusHours(2)), "Europe/London", Repetition.NONE, genres, free, free ? null : "£5", null, null,
                null, "");
    }
}
