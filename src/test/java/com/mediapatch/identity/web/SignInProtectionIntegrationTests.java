package com.mediapatch.identity.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.Parallel;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.SignInAttempted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

@IntegrationTest(properties = "mediapatch.identity.throttle.per-address=20")
@Import(SignInProtectionIntegrationTests.RecordedEvents.class)
class SignInProtectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedEvents events;

    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void setUp() {
        events.attempts.clear();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameMessage() throws Exception {
        String email = accounts.verifiedMember("Known");

        mvc.perform(signIn(email, "wrong password here", "10.1.0.1")).andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/sign-in?error=credentials&email=*"));
        mvc.perform(signIn(AccountFixtures.newEmail(), "wrong password here", "10.1.0.1"))
                .andExpect(redirectedUrlPattern("/sign-in?error=credentials&email=*"));
        mvc.perform(get("/sign-in?error=credentials")).andExpect(content().string(
                containsString("That email and password don't match an account.")));
    }

    private double signIns(String outcome) {
        return meters.counter("mediapatch.identity.sign-in", "outcome", outcome).count();
    }

    @Test
    void absurdlyLongEmailsAreJustWrongCredentials() throws Exception {
        mvc.perform(signIn("a".repeat(300) + "@example.org", "whatever it is", "10.6.0.1"))
                .andExpect(redirectedUrlPattern("/sign-in?error=credentials*"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String email = accounts.verifiedMember("Target");
        double failures = signIns("bad_credentials");
        double lockouts = signIns("throttled");
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(email, "guess number " + i, "10.2.0." + i)).andExpect(unauthenticated());
        }

        mvc.perform(signIn(email, PASSWORD, "10.2.0.99")).andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/sign-in?error=throttled&minutes=15&email=*"));
        assertThat(signIns("bad_credentials")).as("failures are counted").isEqualTo(failures + 5);
        assertThat(signIns("throttled")).as("lockouts are counted").isEqualTo(lockouts + 1);
        mvc.perform(get("/sign-in?error=throttled&minutes=15")).andExpect(content().string(
                containsString("Too many failed attempts. Try again in 15 minutes")));
    }

    @Test
    void twentyParallelGuessesFromTwentyAddressesGetOnlyFivePasswordChecks() throws Exception {
        String email = accounts.verifiedMember("Raced");

        Parallel.run(20, i -> mvc.perform(signIn(email, "parallel guess " + i, "10.7.0." + i)).andReturn());

        List<SignInAttempted.Outcome> outcomes = events.attempts.stream().filter(attempt -> attempt.email().equals(email))
                .map(SignInAttempted::outcome).toList();
        assertThat(outcomes).hasSize(20);
        assertThat(outcomes).filteredOn(outcome -> outcome == SignInAttempted.Outcome.BAD_CREDENTIALS).as("passwords checked")
                .hasSize(5);
        assertThat(outcomes).filteredOn(outcome -> outcome == SignInAttempted.Outcome.THROTTLED).hasSize(15);
        mvc.perform(signIn(email, PASSWORD, "10.7.1.1")).andExpect(redirectedUrlPattern("/sign-in?error=throttled*"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedOut() throws Exception {
        String email = accounts.verifiedMember("Bystander");
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn(AccountFixtures.newEmail(), "spray attempt", "10.3.0.7"));
        }

        mvc.perform(signIn(email, PASSWORD, "10.3.0.7"))
                .andExpect(redirectedUrlPattern("/sign-in?error=throttled*"));
        mvc.perform(signIn(email, PASSWORD, "10.3.0.8")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailuresOfThatAccount() throws Exception {
        String email = accounts.verifiedMember("Forgetful");
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(email, "almost " + i, "10.4.0.1"));
        }
        mvc.perform(signIn(email, PASSWORD, "10.4.0.1")).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(email, "again " + i, "10.4.0.1"));
        }

        mvc.perform(signIn(email, PASSWORD, "10.4.0.1")).andExpect(authenticated());
    }

    @Test
    void everyAttemptIsPublishedAsASecurityEvent() throws Exception {
        String email = accounts.verifiedMember("Watched");
        mvc.perform(signIn(email, "not it at all", "10.5.0.1"));
        mvc.perform(signIn(email, PASSWORD, "10.5.0.1"));

        assertThat(events.attempts).extracting(SignInAttempted::outcome).containsExactly(
                SignInAttempted.Outcome.BAD_CREDENTIALS, SignInAttempted.Outcome.SUCCEEDED);
        assertThat(events.attempts).allSatisfy(attempt -> {
            assertThat(attempt.email()).isEqualTo(email);
            assertThat(attempt.ip()).isEqualTo("10.5.0.1");
        });
        assertThat(events.attempts.get(1).account()).isEqualTo(accounts.accountId(email));
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String email, String password, String ip) {
        return AccountFixtures.signInRequest(email, password).with(request -> {
            request.setRemoteAddr(ip);
            return request;
        });
    }

    @TestConfiguration
    static class RecordedEvents {

        final List<SignInAttempted> attempts = Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(SignInAttempted attempt) {
            attempts.add(attempt);
        }
    }
}
