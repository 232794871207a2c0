package com.mediapatch.identity.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import com.mediapatch.MovableClock;
import com.mediapatch.godmode.GodModeTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Links, sign-in throttles and sessions run out when they should, seen through a movable clock. */
// Shares the God Mode context, which has the movable clock this needs.
@GodModeTest
class ExpiryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void verificationLinksExpireAfterTwentyFourHours() throws Exception {
        String email = AccountFixtures.newEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", email).param("displayName", "Late Reader")
                .param("password", AccountFixtures.PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));

        clock.advance(Duration.ofHours(24).plusMinutes(1));

        mvc.perform(post("/verify-email").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)))
                .andExpect(status().isGone()).andExpect(content().string(containsString("This link has expired")));
    }

    @Test
    void resetLinksExpireAfterThirtyMinutes() throws Exception {
        String email = accounts.verifiedMember("Slow Resetter");
        mvc.perform(post("/password-reset").with(csrf()).param("email", email));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));

        clock.advance(Duration.ofMinutes(29));
        mvc.perform(get(link)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("expired")));
    }

    @Test
    void aLockoutEndsWhenItsWindowHasPassed() throws Exception {
        String email = accounts.verifiedMember("Patient Member");
        for (int i = 0; i < 5; i++) {
            mvc.perform(AccountFixtures.signInRequest(email, "wrong " + i));
        }
        mvc.perform(AccountFixtures.signInRequest(email, AccountFixtures.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error=throttled&minutes=15&email=" + email));

        clock.advance(Duration.ofMinutes(16));

        mvc.perform(AccountFixtures.signInRequest(email, AccountFixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void sessionsEndAfterTheirAbsoluteLifetimeHoweverActive() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Long Sitter"));
        mvc.perform(get("/settings/account").cookie(session)).andExpect(status().isOk());

        clock.advance(Duration.ofHours(24).plusMinutes(1));

        mvc.perform(get("/settings/account").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }
}
