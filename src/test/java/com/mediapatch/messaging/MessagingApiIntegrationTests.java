package com.mediapatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(FakeSocialGraph.Config.class)
class MessagingApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Profiles profiles;

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    @Test
    void sendPageAndDeleteThroughTheApiWithProblemDetailsForRuleBreaks() throws Exception {
        String aliceEmail = accounts.verifiedMember("Alice Api");
        String bobEmail = accounts.verifiedMember("Bob Api");
        String carolEmail = accounts.verifiedMember("Carol Api");
        String bobHandle = profiles.of(accounts.accountId(bobEmail)).orElseThrow().handle();
        String alice = token(aliceEmail);

        String conversation = JsonPath.read(mvc.perform(post("/api/v1/conversations").header("Authorization", alice)
                .contentType(MediaType.APPLICATION_JSON).content("{\"handle\": \"" + bobHandle + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String base = "/api/v1/conversations/" + conversation;
        for (int i = 1; i <= 3; i++) {
            mvc.perform(post(base + "/messages").header("Authorization", alice).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\": \"hello " + i + "\"}")).andExpect(status().isCreated());
        }
        String page = mvc.perform(get(base + "/messages?limit=2").header("Authorization", alice))
                .andExpect(jsonPath("$.messages[0].text").value("hello 2"))
                .andExpect(jsonPath("$.messages[1].text").value("hello 3"))
                .andReturn().getResponse().getContentAsString();
        Number before = JsonPath.read(page, "$.nextBefore");
        mvc.perform(get(base + "/messages?limit=2&before=" + before).header("Authorization", alice))
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].text").value("hello 1"))
                .andExpect(jsonPath("$.nextBefore").doesNotExist());

        mvc.perform(post(base + "/messages").header("Authorization", alice).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + "y".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/message-invalid"));
        mvc.perform(get(base + "/messages").header("Authorization", token(carolEmail)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/conversation-not-found"));

        String first = JsonPath.read(page, "$.messages[0].id");
        mvc.perform(delete(base + "/messages/" + first).header("Authorization", token(bobEmail)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base + "/messages/" + first).header("Authorization", alice)).andExpect(status().isNoContent());
        mvc.perform(get(base + "/messages").header("Authorization", alice))
                .andExpect(jsonPath("$.messages[1].deleted").value(true))
                .andExpect(jsonPath("$.messages[1].text").doesNotExist());
        mvc.perform(get("/api/v1/conversations").header("Authorization", token(bobEmail)))
                .andExpect(jsonPath("$[0].unread").value(2));
        assertThat(conversation).isNotBlank();
    }

    @Test
    void apiNeedsABearerToken() throws Exception {
        mvc.perform(get("/api/v1/conversations")).andExpect(status().isUnauthorized());
    }
}
