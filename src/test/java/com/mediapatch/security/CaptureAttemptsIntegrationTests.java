package com.mediapatch.security;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class CaptureAttemptsIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AuditLog audit;

    @Test
    void aMembersReportIsPublishedWithWhoWhereAndWhichBrowserAndCounted() throws Exception {
        String email = accounts.verifiedMember("Screenshot Taker");
        double before = meters.counter(SecurityEventMetrics.CAPTURES).count();

        mvc.perform(report("/members/quiet-room").with(csrf()).cookie(accounts.signIn(email)))
                .andExpect(status().isNoContent());

        assertThat(events.stream(CaptureAttempted.class)).singleElement().satisfies(attempt -> {
            assertThat(attempt.client()).isEqualTo("member:" + accounts.accountId(email));
            assertThat(attempt.path()).isEqualTo("/members/quiet-room");
            assertThat(attempt.userAgent()).isEqualTo(BROWSER);
            assertThat(attempt.at()).isNotNull();
        });
        assertThat(meters.counter(SecurityEventMetrics.CAPTURES).count()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> audit.entries(new AuditQuery("security.capture-attempted",
                "member:" + accounts.accountId(email), "/members/quiet-room", null, null, null, 5)).entries().size() == 1);
    }

    @Test
    void aReportWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(report("/members/quiet-room")).andExpect(status().isForbidden());

        assertThat(events.stream(CaptureAttempted.class)).isEmpty();
        assertThat(events.stream(RequestRefused.class)).extracting(RequestRefused::reason)
                .containsExactly(RequestRefused.Reason.CSRF_TOKEN_INVALID);
    }

    @Test
    void pathsThatAreNotPagePathsAreUnprocessable() throws Exception {
        String tooLong = "/" + "a".repeat(300);
        for (String bad : new String[] {"members/quiet-room", "https://evil.example/x", "/with space", tooLong}) {
            mvc.perform(report(bad).with(csrf())).andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                    .andExpect(jsonPath("$.errors[0].field").value("path"));
        }
        mvc.perform(post(SecurityRoutes.CAPTURE_ATTEMPTS).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnprocessableContent());

        assertThat(events.stream(CaptureAttempted.class)).isEmpty();
    }

    @Test
    void theLongestAllowedPathIsAccepted() throws Exception {
        mvc.perform(report("/" + "a".repeat(299)).with(csrf())).andExpect(status().isNoContent());

        assertThat(events.stream(CaptureAttempted.class)).singleElement()
                .satisfies(attempt -> assertThat(attempt.client()).startsWith("address:"));
    }

    private static MockHttpServletRequestBuilder report(String path) {
        return post(SecurityRoutes.CAPTURE_ATTEMPTS).contentType(MediaType.APPLICATION_JSON)
                .header("User-Agent", BROWSER).content("{\"path\": \"" + path + "\"}");
    }
}
