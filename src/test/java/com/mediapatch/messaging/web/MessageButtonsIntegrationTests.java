package com.mediapatch.messaging.web;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.WhoMayMessage;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
class MessageButtonsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    SocialMembers members;

    @Autowired
    Relationships relationships;

    @Autowired
    Messenger messenger;

    @Test
    void buttonsAppearOnlyForMembersTheViewerMayWriteTo() throws Exception {
        TestMember me = members.member("Button Viewer");
        TestMember open = members.member("Open Inbox");
        TestMember closed = members.member("Closed Inbox");
        TestMember friendsOnly = members.member("Friends Inbox");
        TestMember blocker = members.member("Blocking Member");
        messenger.savePreferences(closed.id(), new MessagingPreferences(WhoMayMessage.NOBODY, true));
        messenger.savePreferences(friendsOnly.id(), new MessagingPreferences(WhoMayMessage.FRIENDS, true));
        relationships.block(blocker.id(), me.id());
        Cookie session = accounts.signIn(me.email());

        String buttons = mvc.perform(get("/messages/buttons").cookie(session).param("handle", open.handle(),
                closed.handle(), friendsOnly.handle(), blocker.handle(), me.handle(), "nobody-here"))
                .andReturn().getResponse().getContentAsString();

        assertThat(buttons).contains("id=\"message-button-" + open.handle() + "\"", "hx-swap-oob=\"true\"",
                "name=\"handle\" value=\"" + open.handle() + "\"")
                .doesNotContain(closed.handle(), friendsOnly.handle(), blocker.handle(), "value=\"" + me.handle() + "\"");

        relationships.accept(friendsOnly.id(), relationships.request(me.id(), friendsOnly.id()).request());
        mvc.perform(get("/messages/buttons").cookie(session).param("handle", friendsOnly.handle()))
                .andExpect(content().string(containsString("message-button-" + friendsOnly.handle())));
    }

    @Test
    void profilesAndFriendListsAskForTheirButtons() throws Exception {
        TestMember me = members.member("Profile Visitor");
        TestMember other = members.member("Visited Member", Visibility.EVERYONE);
        relationships.accept(other.id(), relationships.request(me.id(), other.id()).request());
        Cookie session = accounts.signIn(me.email());

        mvc.perform(get("/members/" + other.handle()).cookie(session))
                .andExpect(content().string(containsString("/messages/buttons?handle=" + other.handle())));
        mvc.perform(get("/friends").cookie(session))
                .andExpect(content().string(containsString("id=\"message-button-" + other.handle() + "\"")))
                .andExpect(content().string(containsString("/messages/buttons?handle=" + other.handle())));
    }
}
