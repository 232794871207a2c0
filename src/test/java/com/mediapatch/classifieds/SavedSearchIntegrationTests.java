package com.mediapatch.classifieds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.SavedSearches;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SavedSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    SavedSearches searches;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewlyPublishedMatchingAdRaisesANotificationAndOthersDoNot() throws Exception {
        String tag = UniqueWords.next("zv");
        String searcherEmail = accounts.verifiedMember("Saved Searcher");
        AccountId searcher = accounts.accountId(searcherEmail);
        Cookie session = accounts.signIn(searcherEmail);
        mvc.perform(post(ClassifiedsRoutes.SAVED).with(csrf()).cookie(session).param("q", "drummer " + tag)
                .param("category", "musicians-wanted").param("instrument", "drums")).andExpect(status().is3xxRedirection());
        mvc.perform(get(ClassifiedsRoutes.SAVED).cookie(session)).andExpect(content().string(containsString("drummer " + tag)));
        AccountId poster = accounts.accountId(accounts.verifiedMember("Band Poster"));

        publish(poster, "Gear for a drummer " + tag, Category.GEAR, "drums");
        publish(poster, "Drummer wanted " + tag, Category.MUSICIANS_WANTED, "guitar");
        publish(searcher, "My own drummer ad " + tag, Category.MUSICIANS_WANTED, "drums");
        publish(poster, "Drummer wanted for real " + tag, Category.MUSICIANS_WANTED, "drums");

        await().atMost(Duration.ofSeconds(10)).until(() -> alerts(searcher, tag), found -> !found.isEmpty());
        Thread.sleep(500);
        assertThat(alerts(searcher, tag)).containsExactly(
                "A new ad matches your saved search: \u201cDrummer wanted for real " + tag + "\u201d");
    }

    @Test
    void savedSearchesAreDeletedOnlyByTheirOwnerAndLimited() throws Exception {
        String ownerEmail = accounts.verifiedMember("Search Keeper");
        AccountId owner = accounts.accountId(ownerEmail);
        UUID id = searches.save(owner, new AdQuery("cello", null, null, null, null, null, 50));
        Cookie other = accounts.signIn(accounts.verifiedMember("Search Meddler"));

        mvc.perform(post(ClassifiedsRoutes.deleteSaved(id)).with(csrf()).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(post(ClassifiedsRoutes.SAVED + "/not-an-id/delete").with(csrf()).cookie(other)).andExpect(status().isNotFound());
        assertThat(searches.ownedBy(owner)).hasSize(1);
        mvc.perform(post(ClassifiedsRoutes.deleteSaved(id)).with(csrf()).cookie(accounts.signIn(ownerEmail)))
                .andExpect(status().is3xxRedirection());
        assertThat(searches.ownedBy(owner)).isEmpty();

        for (int i = 0; i < SavedSearches.MAX_PER_MEMBER; i++) {
            searches.save(owner, new AdQuery("search " + i, null, null, null, null, null, 50));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> searches.save(owner, new AdQuery("one more", null, null, null, null, null, 50)))
                .isInstanceOf(AdRefused.class);
    }

    private void publish(AccountId owner, String title, Category category, String instrument) {
        AdId id = desk.create(owner, new AdDetails(title, "Loud and on time.", category, List.of(instrument), List.of("rock"),
                Level.ANY, Commitment.HOBBY, false, List.of()), null);
        desk.publish(owner, id);
    }

    private List<String> alerts(AccountId member, String tag) {
        return jdbc.queryForList("select text from notifications_notification where recipient = ? and kind = 'saved-search-match' "
                + "and text like ?", String.class, member.value(), "%" + tag + "%");
    }
}
