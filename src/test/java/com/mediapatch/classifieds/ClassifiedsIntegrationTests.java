package com.mediapatch.classifieds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.AdStore;
import com.mediapatch.classifieds.internal.ExpiryReminders;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Messaging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ClassifiedsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    AdStore store;

    @Autowired
    ExpiryReminders reminders;

    @Autowired
    Messaging messaging;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsSeenOnlyByItsOwnerUntilPublishedThenEveryoneFindsIt() throws Exception {
        String title = "Bassist wanted " + UUID.randomUUID();
        Cookie owner = accounts.signIn(accounts.verifiedMember("Draft Owner"));
        Cookie other = accounts.signIn(accounts.verifiedMember("Curious Other"));
        AdId id = postAd(owner, title, "A slow heavy trio needs low end.");

        mvc.perform(get(ClassifiedsRoutes.ad(id)).cookie(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft")));
        mvc.perform(get(ClassifiedsRoutes.ad(id)).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get(ClassifiedsRoutes.ad(id))).andExpect(status().isNotFound());
        mvc.perform(get(ClassifiedsRoutes.LIST).param("q", title))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(id)))));

        mvc.perform(post(ClassifiedsRoutes.step(id, "publish")).with(csrf()).cookie(owner))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(ClassifiedsRoutes.ad(id))).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get(ClassifiedsRoutes.LIST).param("q", title))
                .andExpect(content().string(containsString(ClassifiedsRoutes.ad(id))));
        mvc.perform(get(ClassifiedsRoutes.MINE).cookie(owner)).andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Published")));
    }

    @Test
    void otherMembersCannotEditPublishCloseOrDeleteAnAd() throws Exception {
        Cookie owner = accounts.signIn(accounts.verifiedMember("Careful Owner"));
        Cookie other = accounts.signIn(accounts.verifiedMember("Meddler"));
        AdId id = postAd(owner, "Drummer wanted " + UUID.randomUUID(), "Tight, loud, on time.");

        for (String step : List.of("publish", "renew", "fill", "delete")) {
            mvc.perform(post(ClassifiedsRoutes.step(id, step)).with(csrf()).cookie(other)).andExpect(status().isNotFound());
        }
        mvc.perform(get(ClassifiedsRoutes.edit(id)).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(adForm(post(ClassifiedsRoutes.edit(id)), "Taken over", "mine now").cookie(other))
                .andExpect(status().isNotFound());
        mvc.perform(get(ClassifiedsRoutes.ADS + "/not-an-id").cookie(other)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select status from classifieds_ad where id = ?", String.class, id.value()))
                .isEqualTo("DRAFT");
    }

    @Test
    void aRefusedFormSaysWhyAndKeepsWhatWasTyped() throws Exception {
        Cookie owner = accounts.signIn(accounts.verifiedMember("Hasty Poster"));
        mvc.perform(adForm(post(ClassifiedsRoutes.NEW), "", "Keep this sentence please").param("mediaLinks", "https://example.com/x")
                .param("city", "Nowhereville Zzz").cookie(owner))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the ad a title.")))
                .andExpect(content().string(containsString("Keep this sentence please")))
                .andExpect(content().string(containsString("Use links to YouTube, Spotify")))
                .andExpect(content().string(containsString("Pick the city from the list")));
    }

    @Test
    void theSameTextTwiceWithinADayIsRefusedWhateverTheSpacingOrCase() throws Exception {
        Cookie owner = accounts.signIn(accounts.verifiedMember("Double Poster"));
        String title = "Keys player available " + UUID.randomUUID();
        postAd(owner, title, "Hammond and Rhodes, gigs and sessions.");

        mvc.perform(adForm(post(ClassifiedsRoutes.NEW), title.toUpperCase(), "Hammond   and Rhodes -- gigs and sessions")
                .param("remote", "true").cookie(owner))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("same title and text in the last 24 hours")))
                .andExpect(content().string(containsString("Hammond   and Rhodes")));
        assertThat(jdbc.queryForObject("select count(*) from classifieds_ad where lower(title) = ?", Long.class,
                title.toLowerCase())).isEqualTo(1);
    }

    @Test
    void atMostTenActiveAdsAndAnExpiredOneNoLongerCounts() throws Exception {
        AccountId owner = accounts.accountId(accounts.verifiedMember("Busy Poster"));
        AdId first = null;
        for (int i = 0; i < AdDesk.MAX_ACTIVE; i++) {
            AdId id = desk.create(owner, details("Ad number " + i, "Text " + i), null);
            first = first == null ? id : first;
        }
        assertThatThrownBy(() -> desk.create(owner, details("One too many", "Eleven"), null))
                .isInstanceOf(AdRefused.class).hasMessageContaining("10 active ads");

        desk.publish(owner, first);
        jdbc.update("update classifieds_ad set expires_at = published_at - interval '1' day where id = ?", first.value());
        AdId eleventh = desk.create(owner, details("Room again", "An expired ad frees a place"), null);
        assertThat(store.find(eleventh)).isPresent();
        AdId expired = first;
        assertThatThrownBy(() -> desk.renew(owner, expired)).isInstanceOf(AdRefused.class);
    }

    @Test
    void everyEditKeepsThePreviousVersion() throws Exception {
        AccountId owner = accounts.accountId(accounts.verifiedMember("Editor"));
        AdId id = desk.create(owner, details("Cellist available", "First words"), null);
        desk.update(owner, id, details("Cellist available for sessions", "Second words"), null);
        desk.update(owner, id, details("Cellist available for sessions and tours", "Third words"), null);

        assertThat(store.versions(id)).extracting(AdVersion::title)
                .containsExactly("Cellist available for sessions", "Cellist available");
        assertThat(store.find(id).orElseThrow().title()).isEqualTo("Cellist available for sessions and tours");
    }

    @Test
    void ownersAreRemindedOnceBeforeExpiryAndAgainAfterRenewing() throws Exception {
        AccountId owner = accounts.accountId(accounts.verifiedMember("Reminded Owner"));
        AdId id = desk.create(owner, details("Studio time " + UUID.randomUUID(), "Two rooms, one desk"), null);
        desk.publish(owner, id);
        assertThat(remindersFor(id)).isZero();

        jdbc.update("update classifieds_ad set expires_at = published_at + interval '2' day where id = ?", id.value());
        assertThat(remindersFor(id)).isEqualTo(1);
        assertThat(remindersFor(id)).isZero();

        desk.renew(owner, id);
        jdbc.update("update classifieds_ad set expires_at = published_at + interval '1' day where id = ?", id.value());
        assertThat(remindersFor(id)).isEqualTo(1);
    }

    @Test
    void aReplyIsADirectMessageToTheAuthorQuotingTheAd() throws Exception {
        String ownerEmail = accounts.verifiedMember("Band Leader");
        AccountId owner = accounts.accountId(ownerEmail);
        AdId id = desk.create(owner, details("Guitarist wanted " + UUID.randomUUID(), "Fuzz welcome"), null);
        desk.publish(owner, id);
        Cookie replier = accounts.signIn(accounts.verifiedMember("Eager Guitarist"));

        mvc.perform(post(ClassifiedsRoutes.step(id, "reply")).with(csrf()).cookie(replier).param("text", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Write a few words to the author.")));
        mvc.perform(post(ClassifiedsRoutes.step(id, "reply")).with(csrf()).cookie(replier).param("text", "I have a Big Muff"))
                .andExpect(status().is3xxRedirection());

        assertThat(messaging.conversationsOf(owner)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from classifieds_ad where id = ?", Long.class, id.value())).isOne();
    }

    /** 1 when this run of the job claimed the ad (its claim changed), else 0; other tests' ads do not count. */
    private int remindersFor(AdId id) {
        UUID before = claimOf(id);
        reminders.remindDue();
        UUID after = claimOf(id);
        return after != null && !after.equals(before) ? 1 : 0;
    }

    private UUID claimOf(AdId id) {
        return jdbc.queryForObject("select reminder_claim from classifieds_ad where id = ?", UUID.class, id.value());
    }

    private AdId postAd(Cookie session, String title, String description) throws Exception {
        MvcResult result = mvc.perform(adForm(post(ClassifiedsRoutes.NEW), title, description)
                .param("remote", "true").cookie(session)).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return AdId.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private static MockHttpServletRequestBuilder adForm(MockHttpServletRequestBuilder request, String title,
            String description) {
        return request.with(csrf()).param("title", title).param("description", description)
                .param("category", "MUSICIANS_WANTED").param("level", "ANY").param("commitment", "HOBBY")
                .param("instruments", "bass").param("genres", "doom");
    }

    static AdDetails details(String title, String description) {
        return new AdDetails(title, description, Category.MUSICIANS_WANTED, List.of("bass"), List.of("doom"), Level.ANY,
                Commitment.HOBBY, false, List.of());
    }
}
