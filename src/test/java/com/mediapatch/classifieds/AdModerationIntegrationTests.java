package com.mediapatch.classifieds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.ModerationRoutes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class AdModerationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void membersReportOnlyAdsTheySeeAndNeverTheirOwn() throws Exception {
        String ownerEmail = accounts.verifiedMember("Ad Owner");
        AccountId owner = accounts.accountId(ownerEmail);
        AdId draft = desk.create(owner, ClassifiedsIntegrationTests.details("Draft " + UUID.randomUUID(), "not yet"), null);
        Cookie reporter = accounts.signIn(accounts.verifiedMember("Watchful Member"));

        mvc.perform(get(ModerationRoutes.reportContributed("ad", draft.value())).cookie(reporter))
                .andExpect(status().isNotFound());
        report(reporter, "ad:" + draft, "SPAM").andExpect(status().isNotFound());
        report(reporter, "ad:not-an-id", "SPAM").andExpect(status().isNotFound());
        report(reporter, "nothing:" + draft, "SPAM").andExpect(status().isNotFound());
        desk.publish(owner, draft);
        report(accounts.signIn(ownerEmail), "ad:" + draft, "SPAM").andExpect(status().isUnprocessableContent());
        assertThat(casesOf(draft)).isEmpty();
    }

    @Test
    void moderatorsSeeTheAdsEditHistoryAndHideItFromEveryoneButItsOwner() throws Exception {
        String ownerEmail = accounts.verifiedMember("Shady Seller");
        AccountId owner = accounts.accountId(ownerEmail);
        String title = "Cheap amps " + UUID.randomUUID();
        AdId ad = desk.create(owner, ClassifiedsIntegrationTests.details(title, "Honest amps, fair prices"), null);
        desk.publish(owner, ad);
        desk.update(owner, ad, ClassifiedsIntegrationTests.details(title, "Send money first, amps later"), null);
        Cookie reporter = accounts.signIn(accounts.verifiedMember("Wary Buyer"));

        mvc.perform(get(ModerationRoutes.reportContributed("ad", ad.value())).cookie(reporter)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        report(reporter, "ad:" + ad, "SPAM").andExpect(redirectedUrl("/"));
        UUID caseId = casesOf(ad).get(0);
        assertThat(jdbc.queryForObject("select target_type from moderation_case where id = ?", String.class, caseId))
                .isEqualTo("AD");

        Cookie moderator = moderator("Ad Moderator");
        mvc.perform(get(ModerationRoutes.moderationCase(caseId)).cookie(moderator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Send money first, amps later")))
                .andExpect(content().string(containsString("1 earlier version")))
                .andExpect(content().string(containsString("Honest amps, fair prices")));
        mvc.perform(post(ModerationRoutes.moderationCase(caseId) + "/resolve").with(csrf()).cookie(moderator)
                .param("action", "HIDE_MESSAGE").param("reason", "advance-fee scam").param("warning", "").param("days", ""))
                .andExpect(redirectedUrl(ModerationRoutes.QUEUE));

        mvc.perform(get(ClassifiedsRoutes.ad(ad)).cookie(reporter)).andExpect(status().isNotFound());
        mvc.perform(get(ClassifiedsRoutes.LIST).param("q", title))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(ClassifiedsRoutes.ad(ad)))));
        mvc.perform(get(ClassifiedsRoutes.ad(ad)).cookie(accounts.signIn(ownerEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString("hidden by a moderator")));
    }

    private ResultActions report(Cookie session, String target, String category) throws Exception {
        return mvc.perform(post(ModerationRoutes.REPORTS).with(csrf()).cookie(session).param("type", "CONTRIBUTED")
                .param("target", target).param("category", category).param("comment", ""));
    }

    private List<UUID> casesOf(AdId ad) {
        return jdbc.queryForList("select id from moderation_case where target_id = ?", UUID.class, ad.value());
    }

    private Cookie moderator(String name) throws Exception {
        String email = accounts.verifiedMember(name);
        accounts.assignRole(email, "moderator");
        String secret = accounts.enrolAuthenticator(accounts.signIn(email));
        return accounts.signInWithCode(email, secret);
    }
}
