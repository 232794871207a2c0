package com.mediapatch.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.internal.Totp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecondFactorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;
    String email;
    Cookie session;

    @BeforeEach
    void signedInMember() throws Exception {
        email = accounts.verifiedMember("Two Step");
        session = accounts.signIn(email);
    }

    @Test
    void enrollingNeedsThePasswordAndACorrectCode() throws Exception {
        mvc.perform(post("/settings/security/authenticator/start").with(csrf()).cookie(session).param("password", "nope nope nope"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("password is not right")));

        String secret = startEnrolment();
        mvc.perform(post("/settings/security/authenticator/confirm").with(csrf()).cookie(session).param("code", "000000"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("That code is not right")));

        List<String> codes = confirm(secret);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(get("/settings/security").cookie(session)).andExpect(content().string(containsString("10 unused recovery codes")));
    }

    @Test
    void aStolenSessionCannotBeUsedToGuessThePassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/settings/security/authenticator/start").with(csrf()).cookie(session)
                    .param("password", "guess number " + i)).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/settings/security/authenticator/start").with(csrf()).cookie(session).param("password", PASSWORD))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theSecretIsStoredSealedAndRecoveryCodesOnlyAsHashes() throws Exception {
        String secret = startEnrolment();
        List<String> codes = confirm(secret);

        String stored = jdbc.queryForObject("select sealed_secret from identity_totp where account_id = ?", String.class,
                accounts.accountId(email).value());
        assertThat(stored).startsWith("t1:").doesNotContain(secret);
        List<String> hashes = jdbc.queryForList("select code_hash from identity_recovery_code where account_id = ?",
                String.class, accounts.accountId(email).value());
        assertThat(hashes).hasSize(10).noneMatch(codes::contains);
    }

    @Test
    void signInThenAsksForACodeAndEachCodeWorksOnce() throws Exception {
        String secret = startEnrolment();
        List<String> recovery = confirm(secret);
        String next = Totp.code(secret, Totp.step(Instant.now()) + 1);

        Cookie pending = passwordStep();
        mvc.perform(get("/settings/account").cookie(pending)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in/code").with(csrf()).cookie(pending).param("code", "123456"))
                .andExpect(status().isUnprocessableContent()).andExpect(unauthenticated());
        Cookie signedIn = codeStep(pending, next);
        assertThat(signedIn.getValue()).isNotEqualTo(pending.getValue());
        mvc.perform(get("/settings/account").cookie(signedIn)).andExpect(status().isOk());

        Cookie again = passwordStep();
        mvc.perform(post("/sign-in/code").with(csrf()).cookie(again).param("code", next))
                .andExpect(status().isUnprocessableContent());
        codeStep(again, recovery.get(0).toUpperCase());
        Cookie third = passwordStep();
        mvc.perform(post("/sign-in/code").with(csrf()).cookie(third).param("code", recovery.get(0)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aPasswordResetDoesNotSkipTheSecondFactor() throws Exception {
        confirm(startEnrolment());
        mvc.perform(post("/password-reset").with(csrf()).param("email", email));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("password", "fresh start after reset"));

        MockHttpServletResponse response = mvc.perform(AccountFixtures.signInRequest(email, "fresh start after reset"))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in/code");
    }

    @Test
    void removingTheAuthenticatorNeedsThePassword() throws Exception {
        confirm(startEnrolment());

        mvc.perform(post("/settings/security/authenticator/remove").with(csrf()).cookie(session).param("password", "wrong"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/settings/security/authenticator/remove").with(csrf()).cookie(session).param("password", PASSWORD))
                .andExpect(redirectedUrl("/settings/security"));
        assertThat(mvc.perform(AccountFixtures.signInRequest(email, PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    private String startEnrolment() throws Exception {
        String page = mvc.perform(post("/settings/security/authenticator/start").with(csrf()).cookie(session)
                .param("password", PASSWORD)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg class=\"qr\"");
        Matcher secret = Pattern.compile("data-secret=\"([A-Z2-7]+)\"").matcher(page);
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    private List<String> confirm(String secret) throws Exception {
        String page = mvc.perform(post("/settings/security/authenticator/confirm").with(csrf()).cookie(session)
                .param("code", Totp.code(secret, Totp.step(Instant.now())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Pattern.compile("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>").matcher(page).results()
                .map(match -> match.group(1)).toList();
    }

    private Cookie passwordStep() throws Exception {
        MockHttpServletResponse response = mvc.perform(AccountFixtures.signInRequest(email, PASSWORD)).andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in/code");
        return response.getCookie("SESSION");
    }

    private Cookie codeStep(Cookie pending, String code) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/sign-in/code").with(csrf()).cookie(pending).param("code", code))
                .andExpect(redirectedUrl("/")).andReturn().getResponse();
        return response.getCookie("SESSION");
    }
}
