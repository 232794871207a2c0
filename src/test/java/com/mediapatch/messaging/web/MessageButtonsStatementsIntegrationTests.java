package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.WhoMayMessage;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A page's "Message" buttons cost the same statements for 3 members as for 30: no query per member. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class MessageButtonsStatementsIntegrationTests {

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
    void buttonsForThirtyMembersCostWhatButtonsForThreeDo() throws Exception {
        TestMember me = members.member("Batch Asker");
        Cookie session = accounts.signIn(me.email());
        List<String> handles = new ArrayList<>();
        grow(me, handles, 3);
        statementsFor(session, handles); // the first request after signing in also settles the session
        List<String> forThree = statementsFor(session, handles);

        grow(me, handles, 30);
        statementsFor(session, handles);
        List<String> forThirty = statementsFor(session, handles);

        assertThat(forThirty).as("for 3: %s%nfor 30: %s", forThree, forThirty).hasSameSizeAs(forThree);
    }

    /**
     * The statements of one request for these members' buttons, the session store's aside: a longer answer commits
     * the response earlier, and the session is read once more then, whatever the buttons cost.
     */
    private List<String> statementsFor(Cookie session, List<String> handles) throws Exception {
        SqlStatements.textsSinceLastAsked();
        mvc.perform(get(MessagingRoutes.messageButtons(handles)).cookie(session)).andExpect(status().isOk());
        return SqlStatements.textsSinceLastAsked().stream().filter(sql -> !sql.contains("identity_session")).toList();
    }

    /** Members with every rule: open inboxes, friends-only ones (some friends), closed ones, blocked ones. */
    private void grow(TestMember me, List<String> handles, int to) {
        for (int i = handles.size(); i < to; i++) {
            TestMember member = members.member("Batch Member " + i);
            switch (i % 4) {
                case 0 -> messenger.savePreferences(member.id(), new MessagingPreferences(WhoMayMessage.FRIENDS, true));
                case 1 -> relationships.accept(member.id(), relationships.request(me.id(), member.id()).request());
                case 2 -> messenger.savePreferences(member.id(), new MessagingPreferences(WhoMayMessage.NOBODY, true));
                default -> relationships.block(member.id(), me.id());
            }
            handles.add(member.handle());
        }
    }
}
