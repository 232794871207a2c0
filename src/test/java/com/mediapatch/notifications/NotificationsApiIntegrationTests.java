package com.mediapatch.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.SocialCoreFakes;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.internal.NotificationFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class NotificationsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    NotificationFixtures notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void membersListReadAndChoosePreferencesOfTheirOwnNotificationsOnly() throws Exception {
        String email = accounts.verifiedMember("Api Reader");
        AccountId me = accounts.accountId(email);
        String other = accounts.verifiedMember("Api Snoop");
        for (int i = 0; i < 3; i++) {
            notifications.raise(me, "mention", "api-" + i, "/members", accounts.accountId(other));
        }
        String token = token(email);
        String snoop = token(other);

        String first = mvc.perform(get("/api/v1/notifications?limit=2").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].text").value("api-2"))
                .andExpect(jsonPath("$.items[0].actor").value(accounts.accountId(other).toString()))
                .andExpect(jsonPath("$.items[0].unread").value(true)).andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(first, "$.next");
        String nextLink = JsonPath.read(first, "$.nextLink");
        assertThat(nextLink).isEqualTo("/api/v1/notifications?after=" + next + "&limit=2");
        mvc.perform(get(nextLink).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items", hasSize(1))).andExpect(jsonPath("$.items[0].text").value("api-0"))
                .andExpect(jsonPath("$.next").doesNotExist()).andExpect(jsonPath("$.nextLink").doesNotExist());
        mvc.perform(get("/api/v1/notifications").header("Authorization", "Bearer " + snoop))
                .andExpect(jsonPath("$.items", hasSize(0)));

        UUID id = jdbc.queryForObject("select id from notifications_notification where text = 'api-1' and recipient = ?",
                UUID.class, me.value());
        mvc.perform(post("/api/v1/notifications/" + id + "/read").header("Authorization", "Bearer " + snoop))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/not-found"));
        assertThat(readAt(id)).isNull();
        mvc.perform(post("/api/v1/notifications/" + id + "/read").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        assertThat(readAt(id)).isNotNull();
        mvc.perform(post("/api/v1/notifications/read-all").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from notifications_notification where recipient = ? and read_at is null",
                Long.class, me.value())).isZero();

        mvc.perform(get("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.preferences.message").value("IN_APP"))
                .andExpect(jsonPath("$.preferences.moderation-outcome").value("EMAIL"));
        mvc.perform(put("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"preferences\": {\"mention\": \"OFF\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.preferences.mention").value("OFF"));
        assertThat(notifications.raise(me, "mention", "silenced", "/members", null)).isFalse();
        mvc.perform(put("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"preferences\": {\"gossip\": \"OFF\"}}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"preferences\": {\"mention\": \"LOUD\"}}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theEndpointsAreInTheOpenApiDescription() throws Exception {
        String description = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(description).contains("/api/v1/notifications/{id}/read", "/api/v1/notifications/read-all",
                "/api/v1/notifications/preferences", "/api/v1/reports", "Your notifications, newest first",
                "Report a member, message or conversation");
    }

    @Test
    void theApiNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/notifications/read-all")).andExpect(status().isUnauthorized());
    }

    private Instant readAt(UUID id) {
        return jdbc.queryForObject("select read_at from notifications_notification where id = ?", Instant.class, id);
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }
}
