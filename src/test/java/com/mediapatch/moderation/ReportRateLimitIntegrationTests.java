package com.mediapatch.moderation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SocialCoreFakes;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest(properties = {"mediapatch.security.rate-limits.enabled=true",
        "mediapatch.security.rate-limits.policies.reports.capacity=2"})
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class ReportRateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Profiles profiles;

    // The limiter matches routes on the servlet path, which MockMvc leaves empty unless told.
    @Test
    void reportingIsRateLimitedPerMember() throws Exception {
        String target = profiles.of(accounts.accountId(accounts.verifiedMember("Rate Target"))).orElseThrow().handle();
        Cookie session = accounts.signIn(accounts.verifiedMember("Eager Reporter"));

        for (int i = 0; i < 2; i++) {
            mvc.perform(post(ModerationRoutes.REPORTS).servletPath(ModerationRoutes.REPORTS).with(csrf()).cookie(session).param("type", "MEMBER")
                    .param("target", "@" + target).param("category", "SPAM")).andExpect(status().is3xxRedirection());
        }

        mvc.perform(post(ModerationRoutes.REPORTS).servletPath(ModerationRoutes.REPORTS).with(csrf()).cookie(session).param("type", "MEMBER")
                .param("target", "@" + target).param("category", "SPAM"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }
}
