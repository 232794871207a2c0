package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.FakeSocialGraph;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Starting a conversation by picking friends found by name or handle, with and without JavaScript. */
@IntegrationTest
@Import(FakeSocialGraph.Config.class)
class FriendPickerIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    FakeSocialGraph social;
    @Autowired
    Profiles profiles;
    @Autowired
    Messenger messenger;

    Cookie alice;
    AccountId aliceId;
    String bob;
    String carol;
    String dave;

    @BeforeEach
    void friends() throws Exception {
        String email = accounts.verifiedMember("Alice Strings");
        aliceId = accounts.accountId(email);
        alice = accounts.signIn(email);
        AccountId bobId = accounts.accountId(accounts.verifiedMember("Bob Drums"));
        AccountId carolId = accounts.accountId(accounts.verifiedMember("Carol Keys"));
        AccountId daveId = accounts.accountId(accounts.verifiedMember("Dave Drums"));
        social.befriend(aliceId, bobId);
        social.befriend(aliceId, carolId);
        bob = handleOf(bobId);
        carol = handleOf(carolId);
        dave = handleOf(daveId);
    }

    @Test
    void theHandleFieldSuggestsFriendsByAnyWordOfTheirNameOrTheirHandle() throws Exception {
        String byWord = options("dru");
        assertThat(byWord).contains("value=\"" + bob + "\"").doesNotContain(carol).doesNotContain(dave);
        assertThat(options("@" + carol.substring(0, 5))).contains("value=\"" + carol + "\"").doesNotContain(bob);
        assertThat(options("%")).doesNotContain("<option");
    }

    @Test
    void groupChoicesKeepWhoIsTickedAndOfferOnlyFriends() throws Exception {
        mvc.perform(get(MessagingRoutes.FRIEND_CHOICES).cookie(alice).param("q", "keys")
                        .param("members", bob + "," + dave))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + bob + "\" checked")))
                .andExpect(content().string(containsString("value=\"" + carol + "\"")))
                .andExpect(content().string(not(containsString(dave))));
        mvc.perform(get(MessagingRoutes.FRIEND_CHOICES).cookie(alice).param("q", "dave"))
                .andExpect(content().string(containsString("None of your friends")));
    }

    @Test
    void withoutJavaScriptTheSearchButtonReturnsTheFormFilledIn() throws Exception {
        mvc.perform(get(MessagingRoutes.CONVERSATIONS).cookie(alice).param("q", "car").param("name", "Trio <b>")
                        .param("members", bob))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Trio &lt;b>\"")))
                .andExpect(content().string(containsString("value=\"" + bob + "\" checked")))
                .andExpect(content().string(containsString("value=\"" + carol + "\"")));
    }

    @Test
    void tickedFriendsBecomeTheGroup() throws Exception {
        String location = mvc.perform(post(MessagingRoutes.GROUPS).cookie(alice).with(csrf())
                        .param("name", "Rhythm section").param("q", "").param("members", bob).param("members", carol))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID group = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(messenger.conversation(group, aliceId).participants()).hasSize(3);
    }

    @Test
    void aRefusedGroupKeepsItsTickedFriends() throws Exception {
        mvc.perform(post(MessagingRoutes.GROUPS).cookie(alice).with(csrf()).param("name", "")
                        .param("members", carol))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"" + carol + "\" checked")));
    }

    private String options(String typed) throws Exception {
        return mvc.perform(get(MessagingRoutes.FRIEND_OPTIONS).cookie(alice).param("handle", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String handleOf(AccountId account) {
        return profiles.of(account).orElseThrow().handle();
    }
}
