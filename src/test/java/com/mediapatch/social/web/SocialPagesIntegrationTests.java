package com.mediapatch.social.web;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.Connection;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialGraph;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SocialPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    SocialMembers members;

    @Autowired
    Relationships relationships;

    @Autowired
    SocialGraph graph;

    @Test
    void theBlockedMemberFindsNoProfileWhileTheBlockerCanUndoTheBlock() throws Exception {
        TestMember blocker = members.member("Quiet Blocker", Visibility.EVERYONE);
        TestMember blocked = members.member("Loud Neighbour", Visibility.EVERYONE);
        TestMember bystander = members.member("Bystander");
        Cookie blockerSession = accounts.signIn(blocker.email());
        Cookie blockedSession = accounts.signIn(blocked.email());

        mvc.perform(post("/friends/actions/" + blocked.handle() + "/block").with(csrf()).cookie(blockerSession))
                .andExpect(redirectedUrl("/members/" + blocked.handle()));

        mvc.perform(get("/members/" + blocker.handle()).cookie(blockedSession)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(blocker.name()))))
                .andExpect(content().string(not(containsString("blocked"))));
        mvc.perform(get("/members/" + blocked.handle()).cookie(blockerSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You blocked @" + blocked.handle())))
                .andExpect(content().string(not(containsString(blocked.name()))));
        mvc.perform(get("/friends/actions/" + blocked.handle()).header("HX-Request", "true").cookie(blockerSession))
                .andExpect(content().string(containsString("data-action=\"unblock\"")))
                .andExpect(content().string(not(containsString("data-action=\"request\""))));
        mvc.perform(get("/friends/actions/" + blocker.handle()).header("HX-Request", "true").cookie(blockedSession))
                .andExpect(status().isNotFound());
        mvc.perform(post("/friends/requests/" + blocker.handle()).with(csrf()).cookie(blockedSession))
                .andExpect(status().isNotFound());
        mvc.perform(get("/members/" + blocker.handle()).cookie(accounts.signIn(bystander.email())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(blocker.name())));

        mvc.perform(post("/friends/actions/" + blocked.handle() + "/unblock").with(csrf()).cookie(blockerSession));
        mvc.perform(get("/members/" + blocker.handle()).cookie(blockedSession)).andExpect(status().isOk());
    }

    @Test
    void theDirectoryLeavesOutMembersCutOffByABlockEitherWay() throws Exception {
        TestMember viewer = members.member("Directory Viewer");
        TestMember blockedByViewer = members.member("Directory Pest");
        TestMember blockingViewer = members.member("Directory Hermit");
        TestMember other = members.member("Directory Friendly");
        relationships.block(viewer.id(), blockedByViewer.id());
        relationships.block(blockingViewer.id(), viewer.id());
        Cookie session = accounts.signIn(viewer.email());

        mvc.perform(get("/members").param("q", "Directory").cookie(session))
                .andExpect(content().string(containsString(other.name())))
                .andExpect(content().string(not(containsString(blockedByViewer.name()))))
                .andExpect(content().string(not(containsString(blockingViewer.name()))));
        mvc.perform(get("/members").param("q", blockingViewer.handle()).cookie(accounts.signIn(other.email())))
                .andExpect(content().string(containsString(blockingViewer.name())));
    }

    @Test
    void friendsOnlyProfilesOpenToFriendsAndCloseAgainWhenTheFriendshipEnds() throws Exception {
        TestMember owner = members.member("Private Owner", Visibility.FRIENDS);
        TestMember friend = members.member("Close Friend");
        TestMember stranger = members.member("Stranger Danger");
        relationships.accept(owner.id(), relationships.request(friend.id(), owner.id()).request());
        Cookie friendSession = accounts.signIn(friend.email());

        mvc.perform(get("/members/" + owner.handle()).cookie(friendSession)).andExpect(status().isOk())
                .andExpect(content().string(containsString(owner.name())));
        mvc.perform(get("/members/" + owner.handle()).cookie(accounts.signIn(stranger.email())))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("This profile is private")))
                .andExpect(content().string(containsString("hx-get=\"/friends/actions/" + owner.handle() + "\"")));
        mvc.perform(get("/members/" + owner.handle())).andExpect(status().isUnauthorized())
                .andExpect(content().string(not(containsString("/friends/actions/"))));
        mvc.perform(get("/members").param("q", owner.handle()).cookie(friendSession))
                .andExpect(content().string(containsString(owner.name())));
        mvc.perform(get("/members").param("q", owner.handle()).cookie(accounts.signIn(stranger.email())))
                .andExpect(content().string(not(containsString(owner.name()))));

        relationships.unfriend(friend.id(), owner.id());
        mvc.perform(get("/members/" + owner.handle()).cookie(friendSession)).andExpect(status().isForbidden());
    }

    @Test
    void friendListsAreAsVisibleAsTheProfileAndHideMembersCutOffFromTheViewer() throws Exception {
        TestMember open = members.member("Open Book", Visibility.EVERYONE);
        TestMember membersOnly = members.member("Members Book", Visibility.MEMBERS);
        TestMember closed = members.member("Closed Book", Visibility.FRIENDS);
        TestMember pal = members.member("Pal Of All");
        TestMember pest = members.member("Pest Of All");
        for (TestMember owner : List.of(open, membersOnly, closed)) {
            relationships.accept(owner.id(), relationships.request(pal.id(), owner.id()).request());
            relationships.accept(owner.id(), relationships.request(pest.id(), owner.id()).request());
        }
        TestMember viewer = members.member("List Viewer");
        relationships.block(viewer.id(), pest.id());
        Cookie session = accounts.signIn(viewer.email());

        mvc.perform(get("/friends/of/" + open.handle())).andExpect(status().isOk())
                .andExpect(content().string(containsString(pal.name()))).andExpect(content().string(containsString(pest.name())));
        mvc.perform(get("/friends/of/" + open.handle()).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(pal.name())))
                .andExpect(content().string(not(containsString(pest.name()))));
        mvc.perform(get("/friends/of/" + membersOnly.handle())).andExpect(status().isUnauthorized())
                .andExpect(content().string(not(containsString(pal.name()))))
                .andExpect(content().string(containsString("@" + membersOnly.handle() + " shares their friends with signed-in members only.")))
                .andExpect(content().string(containsString("<a class=\"button button--primary\" href=\"/sign-in\">Sign in to see it</a>")));
        mvc.perform(get("/friends/of/" + membersOnly.handle()).header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(pal.name()))));
        mvc.perform(get("/friends/of/" + membersOnly.handle()).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(pal.name())));
        mvc.perform(get("/friends/of/" + closed.handle()).cookie(session)).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(pal.name()))))
                .andExpect(content().string(containsString("shares their friends with friends only.")))
                .andExpect(content().string(not(containsString("Sign in to see it"))));
        mvc.perform(get("/friends/of/" + closed.handle()).cookie(accounts.signIn(pal.email()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(pest.name())));
        mvc.perform(get("/friends/of/" + open.handle()).cookie(accounts.signIn(pest.email())))
                .andExpect(content().string(containsString(pal.name())));
        relationships.block(open.id(), viewer.id());
        mvc.perform(get("/friends/of/" + open.handle()).cookie(session)).andExpect(status().isNotFound());
        // The profile panel is the same list as a fragment, without the page around it.
        mvc.perform(get("/friends/of/" + membersOnly.handle()).header("HX-Request", "true").cookie(session))
                .andExpect(content().string(containsString("friend-chips")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/friends/of/" + closed.handle()).header("HX-Request", "true").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(pal.name()))));
    }

    @Test
    void htmxActionsSwapTheButtonsInPlaceWithAToast() throws Exception {
        TestMember me = members.member("Swapper");
        TestMember them = members.member("Swappee");
        Cookie session = accounts.signIn(me.email());

        mvc.perform(get("/friends/actions/" + them.handle()).header("HX-Request", "true").cookie(session))
                .andExpect(content().string(containsString("data-action=\"request\"")))
                .andExpect(content().string(containsString("hx-post=\"/friends/requests/" + them.handle() + "\"")));
        mvc.perform(post("/friends/requests/" + them.handle()).header("HX-Request", "true").with(csrf()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"connection-actions\"")))
                .andExpect(content().string(containsString("data-action=\"cancel\"")))
                .andExpect(content().string(containsString("Friend request sent.")))
                .andExpect(content().string(containsString("hx-swap-oob")));
        assertThat(relationships.between(me.id(), them.id()).state()).isEqualTo(Connection.State.REQUEST_SENT);

        mvc.perform(post("/friends/requests/" + them.handle()).header("HX-Request", "true").with(csrf()).cookie(session))
                .andExpect(content().string(containsString("You asked already")));
        mvc.perform(post("/friends/actions/" + them.handle() + "/mute").header("HX-Request", "true").with(csrf()).cookie(session))
                .andExpect(content().string(containsString("data-action=\"unmute\"")));
        assertThat(graph.muted(me.id(), them.id())).isTrue();
        mvc.perform(post("/friends/actions/" + me.handle() + "/block").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/members/" + me.handle())).andExpect(flash().attributeExists("mediapatch.toasts"));
        assertThat(graph.blockedBetween(me.id(), me.id())).isFalse();
    }

    @Test
    void theFriendsPageListsRequestsAndAnswersReturnToIt() throws Exception {
        TestMember me = members.member("Page Owner");
        TestMember asker = members.member("Eager Asker");
        TestMember asked = members.member("Asked Person");
        relationships.request(asker.id(), me.id());
        relationships.request(me.id(), asked.id());
        Cookie session = accounts.signIn(me.email());

        mvc.perform(get("/friends").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Friend requests")))
                .andExpect(content().string(containsString(asker.name())))
                .andExpect(content().string(containsString("Requests you sent")))
                .andExpect(content().string(containsString(asked.name())))
                .andExpect(content().string(containsString("People you may know")));

        mvc.perform(post("/friends/actions/" + asker.handle() + "/accept").with(csrf()).cookie(session)
                .param("returnTo", "/friends")).andExpect(redirectedUrl("/friends"));
        assertThat(graph.areFriends(me.id(), asker.id())).isTrue();
        // A returnTo that leaves the site is ignored.
        mvc.perform(post("/friends/actions/" + asked.handle() + "/cancel").with(csrf()).cookie(session)
                .param("returnTo", "//evil.example/phish")).andExpect(redirectedUrl("/members/" + asked.handle()));
        mvc.perform(get("/friends").cookie(session)).andExpect(content().string(containsString("Your friends")))
                .andExpect(content().string(containsString(asker.name())));
        mvc.perform(post("/friends/actions/" + asked.handle() + "/dance").with(csrf()).cookie(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void visitorsAreSentToSignInAndCsrfIsRequired() throws Exception {
        TestMember them = members.member("Someone");
        mvc.perform(get("/friends")).andExpect(redirectedUrlPattern("/sign-in*"));
        mvc.perform(post("/friends/requests/" + them.handle()).with(csrf())).andExpect(redirectedUrlPattern("/sign-in*"));
        mvc.perform(post("/friends/requests/" + them.handle()).cookie(accounts.signIn(members.member("No Token").email())))
                .andExpect(status().isForbidden());
    }
}
