package com.mediapatch.identity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SessionsIntegrationTests {

    static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;


    @Test
    void sessionsLiveInTheDatabaseUnderTheAccountId() throws Exception {
        String email = accounts.verifiedMember("Stored");
        accounts.signIn(email);

        assertThat(jdbc.queryForObject("select count(*) from identity_session where principal_name = ?", Integer.class,
                accounts.accountId(email).toString())).isEqualTo(1);
    }

    @Test
    void signInRenewsTheSessionId() throws Exception {
        String email = accounts.verifiedMember("Renewed");
        Cookie anonymous = mvc.perform(post("/verify-email/resend").with(csrf()).param("email", "x@example.org"))
                .andReturn().getResponse().getCookie("SESSION");
        Cookie signedIn = accounts.signIn(email);

        assertThat(signedIn.getValue()).isNotEqualTo(anonymous == null ? null : anonymous.getValue());
    }

    @Test
    void memberSeesEachDeviceAndCanEndTheOthers() throws Exception {
        String email = accounts.verifiedMember("Two Devices");
        Cookie laptop = accounts.signIn(email);
        Cookie desktop = accounts.signIn(email, PASSWORD, CHROME_ON_WINDOWS);

        mvc.perform(get("/settings/sessions").cookie(laptop)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Firefox on Linux")))
                .andExpect(content().string(containsString("Chrome on Windows")))
                .andExpect(content().string(containsString("This device")));

        mvc.perform(post("/settings/sessions/end-others").with(csrf()).cookie(laptop))
                .andExpect(redirectedUrl("/settings/sessions"));

        mvc.perform(get("/settings/sessions").cookie(desktop)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/settings/sessions").cookie(laptop)).andExpect(status().isOk());
    }

    @Test
    void aMemberCannotEndSomeoneElsesSession() throws Exception {
        String victim = accounts.verifiedMember("Victim");
        Cookie victimSession = accounts.signIn(victim, PASSWORD, CHROME_ON_WINDOWS);
        Cookie victimLaptop = accounts.signIn(victim);
        String handle = handleOf(mvc.perform(get("/settings/sessions").cookie(victimLaptop)).andReturn().getResponse()
                .getContentAsString());
        Cookie attacker = accounts.signIn(accounts.verifiedMember("Attacker"));

        mvc.perform(post("/settings/sessions/" + handle + "/end").with(csrf()).cookie(attacker))
                .andExpect(redirectedUrl("/settings/sessions"));

        mvc.perform(get("/settings/sessions").cookie(victimSession)).andExpect(status().isOk());
    }

    @Test
    void settingsRequireSigningIn() throws Exception {
        mvc.perform(get("/settings/sessions")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/settings/account")).andExpect(redirectedUrl("/sign-in"));
    }

    private static String handleOf(String page) {
        Matcher matcher = Pattern.compile("/settings/sessions/([0-9a-f]{24})/end").matcher(page);
        assertThat(matcher.find()).as("a session to end").isTrue();
        return matcher.group(1);
    }
}
