package com.mediapatch.godmode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import com.mediapatch.MovableClock;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GodModeTest
class GodModeAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Gods gods;

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void godModeDoesNotExistForOrdinaryMembers() throws Exception {
        Cookie member = accounts.signIn(accounts.verifiedMember("Curious Drummer"));

        mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(member)).andExpect(status().isNotFound());
        mvc.perform(get(GodModeRoutes.MEMBERS).cookie(member)).andExpect(status().isNotFound());
        mvc.perform(post(GodModeRoutes.SITE + "/maintenance").with(csrf()).cookie(member).param("on", "true").param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGodAddressWithoutTwoStepSignInSeesWhatIsMissingNotTheDashboard() throws Exception {
        Cookie novice = accounts.signIn(accounts.verifiedMember("Not Yet God", Gods.NOVICE_EMAIL));

        mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(novice)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Turn on two-step sign-in")))
                .andExpect(content().string(not(containsString("Recent security events"))));
        mvc.perform(get(GodModeRoutes.MEMBERS).cookie(novice)).andExpect(redirectedUrl(GodModeRoutes.DASHBOARD));
    }

    @Test
    void theGodAccountSignedInWithItsSecondFactorSeesTheDashboard() throws Exception {
        mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(gods.session())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recent security events")))
                .andExpect(content().string(containsString("Accounts")));
    }

    @Test
    void godActionsNeedAFreshSecondFactor() throws Exception {
        Cookie god = gods.session();
        gods.stepUp();
        clock.advance(Duration.ofMinutes(11));

        mvc.perform(post(GodModeRoutes.SITE + "/announcement").with(csrf()).cookie(god).param("text", "Stale"))
                .andExpect(redirectedUrl(GodModeRoutes.STEP_UP + "?next=/god"));
        mvc.perform(get(GodModeRoutes.DASHBOARD).cookie(god)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Stale"))));

        gods.stepUp();
        mvc.perform(post(GodModeRoutes.SITE + "/announcement").with(csrf()).cookie(god).param("text", ""))
                .andExpect(redirectedUrl(GodModeRoutes.SITE));
    }

    @Test
    void aWrongStepUpCodeIsRefusedAndRecorded() throws Exception {
        mvc.perform(post(GodModeRoutes.STEP_UP).with(csrf()).cookie(gods.session()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code is wrong")));
    }
}
