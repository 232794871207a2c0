package com.mediapatch.identity.web;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.Parallel;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordResetIntegrationTests {

    static final String NEW_PASSWORD = "a brand new chorus line";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;


    @Test
    void askingRevealsNothingAboutWhetherTheAccountExists() throws Exception {
        String known = accounts.verifiedMember("Known");
        String unknown = AccountFixtures.newEmail();

        String forKnown = ask(known);
        String forUnknown = ask(unknown);

        assertThat(withoutTokens(forKnown).replace(known, "X"))
                .isEqualTo(withoutTokens(forUnknown).replace(unknown, "X"));
        assertThat(accounts.mailbox().countTo(unknown)).isZero();
        assertThat(accounts.mailbox().countTo(known, 2)).isEqualTo(2);
    }

    @Test
    void theLinkSetsANewPasswordOnceAndSignsEverySessionOut() throws Exception {
        String email = accounts.verifiedMember("Forgetful");
        Cookie oldSession = accounts.signIn(email);
        String link = mailedResetLink(email);
        String token = tokenIn(link);

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrlPattern("/sign-in?email=*"));

        mvc.perform(get("/settings/account").cookie(oldSession)).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", "another one entirely"))
                .andExpect(status().isGone()).andExpect(content().string(containsString("already been used")));
    }

    @Test
    void aResetLinkSetsOnePasswordEvenWhenItIsUsedThreeTimesAtOnce() throws Exception {
        String email = accounts.verifiedMember("Racing Resetter");
        String token = tokenIn(mailedResetLink(email));

        // Three, not more: the test pool has four connections and the winner ends sessions in a transaction of its own.
        List<Integer> answers = Parallel.run(3, i -> mvc.perform(post("/password-reset/new").with(csrf())
                .param("token", token).param("password", NEW_PASSWORD + " " + i)).andReturn().getResponse().getStatus());

        assertThat(answers).as("one redirect to sign-in, the rest 410 Gone").containsOnlyOnce(302)
                .filteredOn(status -> status != 302).containsOnly(410);
    }

    @Test
    void aWeakNewPasswordIsExplainedAndTheLinkStaysUsable() throws Exception {
        String email = accounts.verifiedMember("Careful");
        String token = tokenIn(mailedResetLink(email));

        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", "letmein1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("breached passwords")));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrlPattern("/sign-in?email=*"));
    }

    @Test
    void mailedLinksUseTheConfiguredAddressNotTheRequestsHostHeader() throws Exception {
        String email = accounts.verifiedMember("Phish Target");
        mvc.perform(post("/password-reset").with(csrf()).header("Host", "evil.example").param("email", email));

        String mail = TestMailbox.text(accounts.mailbox().latestTo(email));
        assertThat(mail).doesNotContain("evil.example").contains("http://localhost");
    }

    @Test
    void aNewerLinkRetiresTheOlderOne() throws Exception {
        String email = accounts.verifiedMember("Twice");
        ask(email);
        String first = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));
        Thread.sleep(5);
        ask(email);
        // The link is issued off the request thread: once its mail is written, the older one is retired.
        assertThat(accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email))).isNotEqualTo(first);

        mvc.perform(get(first)).andExpect(status().isGone());
    }

    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("data-token=\"[^\"]*\"", "");
    }

    /** Asks for a reset link for the address and returns the link's path from the mail. */
    private String mailedResetLink(String email) throws Exception {
        ask(email);
        return accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));
    }

    private static String tokenIn(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    private String ask(String email) throws Exception {
        return mvc.perform(post("/password-reset").with(csrf()).param("email", email))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
