package com.mediapatch.social.api;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.internal.PersonalTokens;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialGraph;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SocialApiIntegrationTests {

    @Autowired
    ApiScopes scopes;
    @Autowired
    MockMvc mvc;

    @Autowired
    SocialMembers members;

    @Autowired
    SocialGraph graph;

    @Autowired
    Relationships relationships;

    @Autowired
    PersonalTokens personalTokens;

    @Test
    void friendsComeAPageAtATimeWithTheNextPageInTheLinkHeader() throws Exception {
        TestMember host = members.member("Api Host");
        for (String name : List.of("Api First", "Api Second")) {
            TestMember friend = members.member(name);
            relationships.accept(host.id(), relationships.request(friend.id(), host.id()).request());
        }
        String token = token(host);

        String link = call(get("/api/v1/friends").param("limit", "1"), token).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andReturn().getResponse().getHeader(HttpHeaders.LINK);
        assertThat(link).startsWith("</api/v1/friends?after=").endsWith(">; rel=\"next\"");
        String next = link.substring(1, link.indexOf('>'));

        MockHttpServletResponse last = call(get(next), token).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andReturn().getResponse();
        assertThat(last.getHeader(HttpHeaders.LINK)).isNull();
    }

    @Test
    void membersBefriendEachOtherThroughTheApi() throws Exception {
        TestMember ann = members.member("Api Ann");
        TestMember bob = members.member("Api Bob");
        String annToken = token(ann);
        String bobToken = token(bob);

        String sent = send(annToken, bob.handle()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("pending")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(sent, "$.id");
        call(get("/api/v1/friends/requests"), bobToken).andExpect(status().isOk())
                .andExpect(jsonPath("$.incoming", hasSize(1))).andExpect(jsonPath("$.incoming[0].id").value(id))
                .andExpect(jsonPath("$.incoming[0].member.handle").value(ann.handle()))
                .andExpect(jsonPath("$.outgoing", hasSize(0)));
        call(get("/api/v1/friends/requests"), annToken).andExpect(jsonPath("$.outgoing[0].member.handle").value(bob.handle()));

        call(post("/api/v1/friends/requests/" + id + "/accept"), annToken).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/friend-request-not-found"));
        call(post("/api/v1/friends/requests/not-an-id/accept"), bobToken).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/friend-request-not-found"));
        call(post("/api/v1/friends/requests/" + id + "/accept"), bobToken).andExpect(status().isNoContent());
        call(get("/api/v1/friends"), annToken).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].handle").value(bob.handle()))
                .andExpect(jsonPath("$[0].profile").value("/members/" + bob.handle()));

        send(annToken, bob.handle()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/already-friends"));
        call(delete("/api/v1/friends/" + bob.handle()), annToken).andExpect(status().isNoContent());
        assertThat(graph.areFriends(ann.id(), bob.id())).isFalse();
        call(delete("/api/v1/friends/" + bob.handle()), annToken).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-friends"));
    }

    @Test
    void badRequestsGetProblemDetails() throws Exception {
        TestMember ann = members.member("Api Careful");
        TestMember bob = members.member("Api Target");
        String token = token(ann);

        send(token, ann.handle()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/cannot-befriend-yourself"));
        send(token, "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        send(token, "nobody-has-this-handle").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/member-not-found"));
        String sent = send(token, bob.handle()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        send(token, bob.handle()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/already-requested"));
        call(post("/api/v1/friends/requests/not-a-uuid/decline"), token).andExpect(status().isNotFound());
        call(post("/api/v1/friends/requests/" + JsonPath.read(sent, "$.id") + "/decline"), token)
                .andExpect(status().isNotFound());
        call(delete("/api/v1/friends/requests/" + JsonPath.read(sent, "$.id")), token).andExpect(status().isNoContent());
        call(get("/api/v1/friends/requests"), token).andExpect(jsonPath("$.outgoing", hasSize(0)));
    }

    @Test
    void blocksAreTwoWayIdempotentAndNeverRevealed() throws Exception {
        TestMember blocker = members.member("Api Blocker");
        TestMember blocked = members.member("Api Blocked");
        String blockerToken = token(blocker);
        String blockedToken = token(blocked);
        send(blockedToken, blocker.handle()).andExpect(status().isCreated());

        call(put("/api/v1/blocks/" + blocked.handle()), blockerToken).andExpect(status().isNoContent());
        call(put("/api/v1/blocks/" + blocked.handle()), blockerToken).andExpect(status().isNoContent());

        call(get("/api/v1/friends/requests"), blockerToken).andExpect(jsonPath("$.incoming", hasSize(0)));
        // The blocked member is told the same as for a handle nobody has.
        send(blockedToken, blocker.handle()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/member-not-found"));
        send(blockerToken, blocked.handle()).andExpect(status().isNotFound());
        call(put("/api/v1/mutes/" + blocker.handle()), blockedToken).andExpect(status().isNotFound());

        call(delete("/api/v1/blocks/" + blocked.handle()), blockerToken).andExpect(status().isNoContent());
        call(delete("/api/v1/blocks/" + blocked.handle()), blockerToken).andExpect(status().isNoContent());
        assertThat(graph.blockedBetween(blocker.id(), blocked.id())).isFalse();
        send(blockedToken, blocker.handle()).andExpect(status().isCreated());
    }

    @Test
    void mutesAreSetAndLiftedIdempotently() throws Exception {
        TestMember me = members.member("Api Muter");
        TestMember noisy = members.member("Api Noisy");
        String token = token(me);

        call(put("/api/v1/mutes/" + noisy.handle()), token).andExpect(status().isNoContent());
        call(put("/api/v1/mutes/" + noisy.handle()), token).andExpect(status().isNoContent());
        assertThat(graph.muted(me.id(), noisy.id())).isTrue();
        call(put("/api/v1/mutes/" + me.handle()), token).andExpect(status().isUnprocessableContent());
        call(delete("/api/v1/mutes/" + noisy.handle()), token).andExpect(status().isNoContent());
        assertThat(graph.muted(me.id(), noisy.id())).isFalse();
    }

    @Test
    void theApiNeedsATokenWithTheSocialScopes() throws Exception {
        TestMember me = members.member("Api Scoped");
        mvc.perform(get("/api/v1/friends")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        String readOnly = personalTokens.create(me.id(), "reader", List.of(scopes.require("social:read")), 7);
        call(get("/api/v1/friends"), readOnly).andExpect(status().isOk());
        send(readOnly, members.member("Api Out Of Scope").handle()).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        String profileOnly = personalTokens.create(me.id(), "profile", List.of(scopes.require("profile:read")), 7);
        call(get("/api/v1/friends/requests"), profileOnly).andExpect(status().isForbidden());
    }

    @Test
    void theSocialEndpointsAreDescribedInTheOpenApiDocument() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(document).contains("/api/v1/friends/requests/{id}/accept", "/api/v1/blocks/{handle}",
                "/api/v1/mutes/{handle}", "Send a friend request");
    }

    private ResultActions send(String token, String handle) throws Exception {
        return call(post("/api/v1/friends/requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"handle\": \"" + handle + "\"}"), token);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private String token(TestMember member) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + member.email() + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }
}
