package com.mediapatch.godmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@GodModeTest
class MemberOverridesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Gods gods;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    Cookie god;

    @BeforeEach
    void freshGod() throws Exception {
        god = gods.session();
        gods.stepUp();
    }

    @Test
    void suspendingEndsSessionsRefusesSignInWithTheReasonAndIsAudited() throws Exception {
        String email = accounts.verifiedMember("Loud Neighbour");
        AccountId member = accounts.accountId(email);
        Cookie memberSession = accounts.signIn(email);

        mvc.perform(post(GodModeRoutes.member(member) + "/suspend").with(csrf()).cookie(god).param("days", "7").param("reason", "spam"))
                .andExpect(redirectedUrl(GodModeRoutes.member(member)));

        mvc.perform(get("/settings/security").cookie(memberSession)).andExpect(status().is3xxRedirection());
        Cookie refused = mvc.perform(AccountFixtures.signInRequest(email, AccountFixtures.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error=restricted&email=" + email)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/sign-in?error=restricted").cookie(refused))
                .andExpect(content().string(containsString("suspended until"))).andExpect(content().string(containsString("spam")));
        AuditEntry entry = audit.awaitEntry("godmode.account-suspended", "member:" + member);
        assertThat(entry.reason()).isEqualTo("spam");
        assertThat(entry.actor()).isEqualTo("member:" + accounts.accountId(Gods.EMAIL));
        assertThat(entry.details()).containsKey("until");
        assertThat(audit.awaitEntry("identity.account-suspended", "member:" + member).reason()).isEqualTo("spam");
    }

    @Test
    void liftingASuspensionLetsTheMemberBackIn() throws Exception {
        String email = accounts.verifiedMember("Second Chance");
        AccountId member = accounts.accountId(email);
        mvc.perform(post(GodModeRoutes.member(member) + "/ban").with(csrf()).cookie(god).param("reason", "abuse"));
        assertThat(accounts.signsIn(email)).isFalse();

        mvc.perform(post(GodModeRoutes.member(member) + "/lift").with(csrf()).cookie(god));

        assertThat(accounts.signsIn(email)).isTrue();
        audit.awaitEntry("godmode.account-restriction-lifted", "member:" + member);
    }

    @Test
    void destructiveOverridesWithoutAReasonChangeNothing() throws Exception {
        String email = accounts.verifiedMember("Unreasoned");
        AccountId member = accounts.accountId(email);

        mvc.perform(post(GodModeRoutes.member(member) + "/ban").with(csrf()).cookie(god).header("Referer", GodModeRoutes.member(member)))
                .andExpect(redirectedUrl(GodModeRoutes.member(member)));

        assertThat(jdbc.queryForObject("select count(*) from identity_account where id = ? and banned_at is not null", Integer.class,
                member.value())).isZero();
        assertThat(accounts.signsIn(email)).isTrue();
    }

    @Test
    void resettingTwoStepSignInRemovesTheAuthenticator() throws Exception {
        String email = accounts.verifiedMember("Lost Phone");
        AccountId member = accounts.accountId(email);
        accounts.enrolAuthenticator(accounts.signIn(email));

        mvc.perform(post(GodModeRoutes.member(member) + "/reset-second-factors").with(csrf()).cookie(god).param("reason", "lost phone"));

        assertThat(jdbc.queryForObject("select count(*) from identity_totp where account_id = ?", Integer.class, member.value())).isZero();
        assertThat(accounts.signsIn(email)).as("password alone works again").isTrue();
    }

    @Test
    void godCanGiveRolesButNeverGod() throws Exception {
        AccountId member = accounts.accountId(accounts.verifiedMember("Future Moderator"));

        mvc.perform(post(GodModeRoutes.member(member) + "/grant-role").with(csrf()).cookie(god).param("role", "moderator"));
        mvc.perform(post(GodModeRoutes.member(member) + "/grant-role").with(csrf()).cookie(god).param("role", "god"));

        assertThat(jdbc.queryForList("select role_name from identity_role_assignment where account_id = ?", String.class, member.value()))
                .containsExactly("moderator");
    }

    @Test
    void theMemberListFindsByEmailAndTheDetailPageIsAudited() throws Exception {
        String email = accounts.verifiedMember("Findable Fiddler");
        AccountId member = accounts.accountId(email);

        mvc.perform(get(GodModeRoutes.MEMBERS).cookie(god).param("q", email.substring(0, 20)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(get(GodModeRoutes.member(member)).cookie(god)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Findable Fiddler")));
        audit.awaitEntry("godmode.account-viewed", "member:" + member);
    }
}
