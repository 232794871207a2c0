package com.mediapatch.social.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;
import com.mediapatch.social.SocialRoutes;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The friends page costs the same statements for 3 rows per list as for 30: no query per friend, request or
 * suggestion.
 */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class FriendsPageStatementsIntegrationTests {

    /** A genre only this test's members share, so they are each other's suggestions. */
    static final String GENRE = "Statement Counting Jazz";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SocialMembers members;
    @Autowired
    Relationships relationships;

    @Test
    void theFriendsPageCostsTheSameStatementsForThreeRowsAsForThirty() throws Exception {
        TestMember me = members.member("Stella Statements", Visibility.MEMBERS, List.of(), List.of(GENRE), null);
        Cookie session = accounts.signIn(me.email());
        String newest = grow(me, 0, 3);
        statementsForThePage(session, newest); // the first page after signing in also settles the session
        int forThree = statementsForThePage(session, newest);

        newest = grow(me, 3, 30);
        statementsForThePage(session, newest); // site settings are kept five seconds: reloaded once after the wait
        int forThirty = statementsForThePage(session, newest);

        assertThat(forThirty).isEqualTo(forThree);
    }

    private int statementsForThePage(Cookie session, String newestFriend) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(SocialRoutes.FRIENDS).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(newestFriend)));
        return SqlStatements.countSinceLastAsked();
    }

    /** Friends, requests either way, blocked and muted members, like-minded members; returns the newest friend's name. */
    private String grow(TestMember me, int from, int to) {
        String newest = null;
        for (int i = from; i < to; i++) {
            TestMember friend = members.member("Friend " + i);
            relationships.accept(me.id(), relationships.request(friend.id(), me.id()).request());
            newest = friend.name();
            relationships.request(members.member("Asking " + i).id(), me.id());
            relationships.request(me.id(), members.member("Asked " + i).id());
            relationships.block(me.id(), new AccountId(UUID.randomUUID()));
            relationships.mute(me.id(), new AccountId(UUID.randomUUID()));
            members.member("Alike " + i, Visibility.MEMBERS, List.of(), List.of(GENRE), null);
        }
        return newest;
    }
}
