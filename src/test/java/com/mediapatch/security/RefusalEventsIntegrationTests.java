package com.mediapatch.security;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Import(RefusalEventsIntegrationTests.Recorded.class)
class RefusalEventsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Recorded recorded;

    @BeforeEach
    void forget() {
        recorded.refusals.clear();
        recorded.suspicious.clear();
    }

    @Test
    void csrfFailuresArePublishedAndCounted() throws Exception {
        double before = count("csrf_token_invalid");

        mvc.perform(post("/sign-up").param("email", "x@example.org")).andExpect(status().isForbidden());

        assertThat(recorded.refusals).extracting(RequestRefused::reason).containsExactly(RequestRefused.Reason.CSRF_TOKEN_INVALID);
        assertThat(recorded.refusals.get(0).path()).isEqualTo("/sign-up");
        assertThat(count("csrf_token_invalid")).isEqualTo(before + 1);
    }

    @Test
    void permissionDenialsArePublishedWithTheMember() throws Exception {
        String email = accounts.verifiedMember("Curious Clicker");
        mvc.perform(get("/admin/roles").cookie(accounts.signIn(email))).andExpect(status().isForbidden());

        assertThat(recorded.refusals).singleElement().satisfies(refused -> {
            assertThat(refused.reason()).isEqualTo(RequestRefused.Reason.ACCESS_DENIED);
            assertThat(refused.client()).isEqualTo("member:" + accounts.accountId(email));
        });
    }

    @Test
    void scriptInASearchIsSeenAndCountedButNotRefused() throws Exception {
        double before = meters.counter(SecurityEventMetrics.SUSPICIOUS, "kind", "script_injection").count();

        mvc.perform(get("/members").queryParam("q", "<script>alert(1)</script>")).andExpect(status().isOk());

        assertThat(recorded.suspicious).singleElement().satisfies(seen -> {
            assertThat(seen.kind()).isEqualTo(SuspiciousInputSeen.Kind.SCRIPT_INJECTION);
            assertThat(seen.field()).isEqualTo("q");
            assertThat(seen.path()).isEqualTo("/members");
            assertThat(seen.client()).startsWith("address:");
        });
        assertThat(meters.counter(SecurityEventMetrics.SUSPICIOUS, "kind", "script_injection").count()).isEqualTo(before + 1);
    }

    @Test
    void sqlInjectionAndTraversalShapesAreRecognised() throws Exception {
        mvc.perform(get("/members").queryParam("q", "x' OR '1'='1"));
        mvc.perform(get("/members").queryParam("location", "../../etc/passwd"));

        assertThat(recorded.suspicious).extracting(SuspiciousInputSeen::kind)
                .containsExactly(SuspiciousInputSeen.Kind.SQL_INJECTION, SuspiciousInputSeen.Kind.PATH_TRAVERSAL);
    }

    @Test
    void ordinaryInputAndSecretsNeverRaiseEvents() throws Exception {
        mvc.perform(get("/members").queryParam("q", "drummer wanted; o'clock rehearsals -- Leeds & Bradford"));
        mvc.perform(post("/sign-in").with(csrf()).param("email", "nobody@example.org").param("password", "' OR '1'='1"));

        assertThat(recorded.suspicious).isEmpty();
    }

    private double count(String reason) {
        var counter = meters.find(SecurityEventMetrics.METER).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @TestConfiguration
    static class Recorded {

        final List<RequestRefused> refusals = new ArrayList<>();
        final List<SuspiciousInputSeen> suspicious = new ArrayList<>();

        @EventListener
        void on(SuspiciousInputSeen seen) {
            suspicious.add(seen);
        }

        @EventListener
        void on(RequestRefused refused) {
            refusals.add(refused);
        }
    }
}
