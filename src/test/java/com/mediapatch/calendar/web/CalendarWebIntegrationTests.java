package com.mediapatch.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.EventReader;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Places;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(SqlStatements.Counting.class)
class CalendarWebIntegrationTests {

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
    Places places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theFormRefusesAnEndBeforeTheStartBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Form Filler"));
        ZonedDateTime start = soon(30);

        mvc.perform(post(CalendarRoutes.EVENTS).with(csrf()).cookie(session).param("type", "GIG")
                        .param("title", "Basement <b>show</b>").param("starts", LOCAL.format(start))
                        .param("ends", LOCAL.format(start.minusHours(2))).param("zone", "Europe/London")
                        .param("placeId", String.valueOf(leeds())).param("city", "Leeds").param("free", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The end must be after the start.")))
                .andExpect(content().string(containsString("value=\"Basement &lt;b")));
        mvc.perform(post(CalendarRoutes.EVENTS).with(csrf()).cookie(session).param("type", "GIG").param("title", "")
                        .param("starts", "soon").param("ends", LOCAL.format(start)).param("zone", "Europe/London")
                        .param("capacity", "-4").param("_free", "on"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the event a title.")))
                .andExpect(content().string(containsString("Enter a capacity from 1 to 100000.")));
    }

    @Test
    void otherMembersCannotEditCancelOrAnswerForTheOrganiser() throws Exception {
        String ownerEmail = accounts.verifiedMember("Owning Organiser");
        UUID id = desk.create(accounts.accountId(ownerEmail), draft(soon(40), Repetition.NONE));
        Cookie other = accounts.signIn(accounts.verifiedMember("Nosy Member"));

        mvc.perform(get(CalendarRoutes.edit(id)).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post(CalendarRoutes.edit(id)).with(csrf()).cookie(other).param("type", "GIG").param("title", "Mine now"))
                .andExpect(status().isNotFound());
        mvc.perform(post(CalendarRoutes.cancel(id)).with(csrf()).cookie(other)).andExpect(status().isNotFound());
        UUID occurrence = reader.upcoming(id, 1).get(0).id();
        mvc.perform(post(CalendarRoutes.message(occurrence)).with(csrf()).cookie(other).param("text", "hi"))
                .andExpect(status().isNotFound());
        mvc.perform(get(CalendarRoutes.event(UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(get("/events/not-an-id")).andExpect(status().isNotFound());
        assertThat(reader.event(id).orElseThrow().cancelled()).isFalse();
        assertThat(reader.event(id).orElseThrow().title()).startsWith("Open jam");
    }

    @Test
    void answeringThroughThePageSwapsTheAnswerPanel() throws Exception {
        UUID id = desk.create(accounts.accountId(accounts.verifiedMember("Panel Organiser")), draft(soon(42), Repetition.NONE));
        UUID occurrence = reader.upcoming(id, 1).get(0).id();
        Cookie fan = accounts.signIn(accounts.verifiedMember("Panel Fan"));

        mvc.perform(post(CalendarRoutes.rsvp(occurrence)).with(csrf()).cookie(fan).header("HX-Request", "true")
                        .param("answer", "GOING"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rsvp\"")))
                .andExpect(content().string(containsString("<strong>Going</strong>")));
        assertThat(reader.occurrence(occurrence).orElseThrow().going()).isEqualTo(1);
        mvc.perform(post(CalendarRoutes.rsvp(occurrence)).with(csrf()).param("answer", "GOING"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theListCostsTheSameStatementsForThreeOrThirtyEvents() throws Exception {
        String genre = "g" + UUID.randomUUID().toString().substring(0, 8);
        AccountId organiser = accounts.accountId(accounts.verifiedMember("Busy Organiser"));
        for (int i = 0; i < 3; i++) {
            desk.create(organiser, draft(soon(100 + i), Repetition.NONE, genre));
        }
        statementsForList(genre); // once first, so what the first page of a run reads and caches is not counted
        List<String> few = statementsForList(genre);
        for (int i = 0; i < 27; i++) {
            desk.create(organiser, draft(soon(200 + i), Repetition.NONE, genre));
        }
        List<String> many = statementsForList(genre);

        assertThat(many).as("statements for thirty events, against three: %s", few).hasSameSizeAs(few);
    }

    @Test
    void absurdFiltersAreRefusedWithAProblem() throws Exception {
        mvc.perform(get(CalendarRoutes.EVENTS).param("placeId", String.valueOf(leeds())).param("radius", "40000"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("1 to 500")));
        mvc.perform(get(CalendarRoutes.API).param("when", "range").param("from", "2999-01-01")
                        .header("Authorization", token(accounts.verifiedMember("Api Filter"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/event-filter-refused"));
        mvc.perform(get(CalendarRoutes.EVENTS).param("view", "month").param("month", "1999-01")).andExpect(status().isBadRequest());
    }

    @Test
    void theIcsDownloadParsesBackAndAFeedWorksWithoutASessionUntilRevoked() throws Exception {
        String email = accounts.verifiedMember("Feed Keeper");
        UUID id = desk.create(accounts.accountId(email), draft(soon(50), Repetition.WEEKLY));
        String ics = mvc.perform(get(CalendarRoutes.ics(id))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar")).andReturn().getResponse().getContentAsString();
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getComponents("VEVENT")).hasSize(1);
        assertThat(ics).contains("RRULE:FREQ=WEEKLY", "TZID:Europe/London");

        Cookie session = accounts.signIn(email);
        mvc.perform(post(CalendarRoutes.FEEDS).with(csrf()).cookie(session).param("label", "My events"))
                .andExpect(status().is3xxRedirection());
        String feedUrl = (String) mvc.perform(post(CalendarRoutes.FEEDS).with(csrf()).cookie(session).param("label", "Jazz")
                        .param("filter", "genre=jazz"))
                .andReturn().getFlashMap().get("newFeedUrl");
        String path = feedUrl.substring(feedUrl.indexOf("/calendar/feeds/"));
        String feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(new CalendarBuilder().build(new StringReader(feed)).getComponents("VEVENT")).isNotEmpty();
        assertThat(jdbc.queryForList("select token_hash from calendar_feed", String.class))
                .noneMatch(hash -> path.endsWith(hash));

        Matcher revoke = Pattern.compile("/events/feeds/([0-9a-f-]{36})/revoke").matcher(
                mvc.perform(get(CalendarRoutes.MINE).cookie(session)).andReturn().getResponse().getContentAsString());
        Cookie thief = accounts.signIn(accounts.verifiedMember("Feed Thief"));
        while (revoke.find()) {
            mvc.perform(post("/events/feeds/" + revoke.group(1) + "/revoke").with(csrf()).cookie(thief))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path)).andExpect(status().isOk());
            mvc.perform(post("/events/feeds/" + revoke.group(1) + "/revoke").with(csrf()).cookie(session));
        }
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void aSearchSavedFromTheListIsShownOnMyEventsAndDeletedOnlyByItsOwner() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Search Saver"));
        mvc.perform(get(CalendarRoutes.EVENTS).cookie(session).param("q", "organ").param("type", "GIG"))
                .andExpect(content().string(containsString("formaction=\"" + CalendarRoutes.SEARCHES + "\"")));

        mvc.perform(post(CalendarRoutes.SEARCHES).with(csrf()).cookie(session).param("label", "Organ gigs")
                .param("filter", "q=organ&type=GIG")).andExpect(redirectedUrl(CalendarRoutes.MINE + "#saved-searches"));
        mvc.perform(post(CalendarRoutes.SEARCHES).with(csrf()).cookie(session).param("label", "Far")
                .param("filter", "placeId=" + leeds() + "&radius=99999")).andExpect(status().isBadRequest());

        String mine = mvc.perform(get(CalendarRoutes.MINE).cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("href=\"/events?q=organ&amp;type=GIG\"", "Organ gigs").doesNotContain(">Far<");
        Matcher delete = Pattern.compile("/events/searches/([0-9a-f-]{36})/delete").matcher(mine);
        assertThat(delete.find()).isTrue();
        Cookie snoop = accounts.signIn(accounts.verifiedMember("Search Snoop"));
        mvc.perform(post(delete.group()).with(csrf()).cookie(snoop)).andExpect(status().isNotFound());
        mvc.perform(post(delete.group()).with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(CalendarRoutes.MINE).cookie(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Organ gigs");
    }

    @Test
    void theApiNeedsItsScopesAndKeepsAnswersToTheCaller() throws Exception {
        String email = accounts.verifiedMember("Api Organiser");
        String bearer = token(email);
        ZonedDateTime start = soon(60);
        String body = """
                {"type":"GIG","title":"API gig","description":"*loud*","venue":"Hall","placeId":%d,"starts":"%s","ends":"%s",
                 "zone":"Europe/London","repetition":"NONE","genres":"punk","free":false,"price":"£5","capacity":1}"""
                .formatted(leeds(), LOCAL.format(start), LOCAL.format(start.plusHours(2)));

        mvc.perform(post(CalendarRoutes.API).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        String created = mvc.perform(post(CalendarRoutes.API).header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String event = mvc.perform(get("/api/v1/events/" + id).header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Europe/London")).andReturn().getResponse().getContentAsString();
        String occurrence = JsonPath.read(event, "$.occurrences[0].id");

        String fan = token(accounts.verifiedMember("Api Fan"));
        String second = token(accounts.verifiedMember("Api Second Fan"));
        String answer = "{\"occurrence\":\"%s\",\"answer\":\"GOING\"}".formatted(occurrence);
        mvc.perform(put("/api/v1/events/" + id + "/rsvp").header("Authorization", fan).contentType(MediaType.APPLICATION_JSON)
                .content(answer)).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("GOING"));
        mvc.perform(put("/api/v1/events/" + id + "/rsvp").header("Authorization", second).contentType(MediaType.APPLICATION_JSON)
                .content(answer)).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("WAITLISTED"));
        mvc.perform(post("/api/v1/events/" + id + "/cancel").header("Authorization", fan)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/events/" + UUID.randomUUID() + "/rsvp").header("Authorization", fan)
                .contentType(MediaType.APPLICATION_JSON).content(answer)).andExpect(status().isNotFound());
        mvc.perform(get(CalendarRoutes.API).param("genre", "punk").header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.items[0].occurrences[0].going").value(1))
                .andExpect(jsonPath("$.items[0].occurrences[0].waitlisted").value(1));

        Cookie session = accounts.signIn(email);
        String tokens = mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "reader")
                .param("scopes", "events:read").param("days", "7").param("password", AccountFixtures.PASSWORD))
                .andReturn().getResponse().getContentAsString();
        Matcher reader = Pattern.compile("id=\"new-token\">(mp_pat_[A-Za-z0-9_-]+)<").matcher(tokens);
        assertThat(reader.find()).isTrue();
        mvc.perform(get(CalendarRoutes.API).header("Authorization", "Bearer " + reader.group(1))).andExpect(status().isOk());
        mvc.perform(post(CalendarRoutes.API).header("Authorization", "Bearer " + reader.group(1))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }

    private List<String> statementsForList(String genre) throws Exception {
        SqlStatements.textsSinceLastAsked();
        mvc.perform(get(CalendarRoutes.EVENTS).param("genre", genre)).andExpect(status().isOk());
        return SqlStatements.textsSinceLastAsked();
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    private long leeds() {
        return places.named("Leeds", "GB").orElseThrow().id();
    }

    private ZonedDateTime soon(int hours) {
        return clock.instant().plus(Duration.ofHours(hours)).atZone(ZoneId.of("Europe/London")).truncatedTo(ChronoUnit.MINUTES);
    }

    private EventDraft draft(ZonedDateTime start, Repetition repetition) {
        return draft(start, repetition, "jazz");
    }

    private EventDraft draft(ZonedDateTime start, Repetition repetition, String genres) {
        return new EventDraft(EventType.JAM_SESSION, "Open jam " + UUID.randomUUID(), "All welcome", "The Grove", null, "Leeds",
                leeds(), null, LOCAL.format(start), LOCAL.format(start.plusHours(2)), "Europe/London", repetition, genres, true,
                null, null, null, null, "");
    }
}
