package com.mediapatch.identity.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each module's API answers only to its own scopes: the profile scopes no longer open
 * messages, notifications or reports, and each split scope opens only its own routes.
 */
@IntegrationTest
class ApiScopeMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Test
    void profileScopesNoLongerOpenMessagesNotificationsOrReports() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Scope Tester"));
        String read = personalToken(session, "profile:read");
        String write = personalToken(session, "profile:write");

        forbidden(get("/api/v1/conversations"), read);
        forbidden(get("/api/v1/notifications"), read);
        forbidden(get("/api/v1/notifications/preferences"), read);
        forbidden(post("/api/v1/conversations").contentType(MediaType.APPLICATION_JSON).content("{\"handle\":\"someone\"}"),
                write);
        forbidden(post("/api/v1/notifications/read-all"), write);
        forbidden(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"MEMBER\",\"target\":\"someone\",\"category\":\"SPAM\"}"), write);
    }

    @Test
    void eachSplitScopeOpensItsOwnModuleOnly() throws Exception {
        Cookie session = accounts.signIn(accounts.verifiedMember("Scope Splitter"));
        String messages = personalToken(session, "messages:read");
        String notifications = personalToken(session, "notifications:read");

        mvc.perform(get("/api/v1/conversations").header("Authorization", "Bearer " + messages)).andExpect(status().isOk());
        forbidden(get("/api/v1/notifications"), messages);
        mvc.perform(get("/api/v1/notifications").header("Authorization", "Bearer " + notifications))
                .andExpect(status().isOk());
        forbidden(get("/api/v1/conversations"), notifications);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + notifications)).andExpect(status().isForbidden());
    }

    @Test
    void withoutATokenEveryModuleAnswersUnauthorized() throws Exception {
        for (String path : new String[] {"/api/v1/conversations", "/api/v1/notifications", "/api/v1/me", "/api/v1/friends"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        }
    }

    @Test
    void theApiDescriptionStatesEachOperationsScopeAndHidesTheCaller() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/conversations'].get.security[0].bearer[0]").value("messages:read"))
                .andExpect(jsonPath("$.paths['/api/v1/conversations'].get.description").value(endsWith("Needs scope messages:read.")))
                .andExpect(jsonPath("$.paths['/api/v1/conversations'].get.parameters[*].name").value(containsInAnyOrder("after", "limit")))
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post.security[0].bearer[0]").value("reports:write"))
                .andExpect(jsonPath("$.paths['/api/v1/notifications/read-all'].post.security[0].bearer[0]")
                        .value("notifications:write"))
                .andExpect(jsonPath("$.paths['/api/v1/friends'].get.security[0].bearer[0]").value("social:read"));
    }

    private void forbidden(MockHttpServletRequestBuilder request, String token) throws Exception {
        mvc.perform(request.header("Authorization", "Bearer " + token)).andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer error=\"insufficient_scope\"")))
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
    }

    private String personalToken(Cookie session, String scope) throws Exception {
        String page = mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", scope)
                .param("scopes", scope).param("days", "7").param("password", PASSWORD)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("id=\"new-token\">(mp_pat_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(token.find()).as("the new token is shown once").isTrue();
        return token.group(1);
    }
}
