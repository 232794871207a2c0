package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.FakeSocialGraph;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.Messenger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Messaging pages cost the same statements for 3 rows as for 30: no query per conversation or per message. */
@IntegrationTest
@Import({FakeSocialGraph.Config.class, SqlStatements.Counting.class})
class MessagingPageStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Messenger messenger;

    @Test
    void theListCostsTheSameStatementsForThreeConversationsAsForThirty() throws Exception {
        String email = accounts.verifiedMember("Lena Lists");
        AccountId me = accounts.accountId(email);
        Cookie session = accounts.signIn(email);
        conversations(me, 3);
        // The first page after signing in also settles the session: measure from the second on.
        statementsForTheList(session, "conversation 2");
        int forThree = statementsForTheList(session, "conversation 2");

        conversations(me, 27);
        int forThirty = statementsForTheList(session, "conversation 26");

        assertThat(forThirty).isEqualTo(forThree);
    }

    private int statementsForTheList(Cookie session, String newestPreview) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(MessagingRoutes.CONVERSATIONS).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(newestPreview)));
        return SqlStatements.countSinceLastAsked();
    }

    /** Direct conversations with members who have no profile (shown as former members), each with one message. */
    private void conversations(AccountId me, int count) {
        for (int i = 0; i < count; i++) {
            UUID conversation = messenger.startDirect(me, new AccountId(UUID.randomUUID()));
            messenger.send(conversation, me, "conversation " + i);
        }
    }

    @Test
    void thePageCostsTheSameStatementsForThreeMessagesAsForThirty() throws Exception {
        String email = accounts.verifiedMember("Petra Pages");
        AccountId me = accounts.accountId(email);
        AccountId friend = accounts.accountId(accounts.verifiedMember("Felix Pages"));
        Cookie session = accounts.signIn(email);
        UUID conversation = messenger.startDirect(me, friend);
        exchange(conversation, me, friend, 0, 3);
        // The first page after signing in also settles the session: measure from the second on.
        statementsForThePage(session, conversation, "line 2");
        int forThree = statementsForThePage(session, conversation, "line 2");

        exchange(conversation, me, friend, 3, 30);
        statementsForThePage(session, conversation, "line 29"); // marks the new messages read: one update, once
        int forThirty = statementsForThePage(session, conversation, "line 29");

        assertThat(forThirty).isEqualTo(forThree);
    }

    private int statementsForThePage(Cookie session, UUID conversation, String newestLine) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(MessagingRoutes.CONVERSATION, conversation).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(newestLine)));
        return SqlStatements.countSinceLastAsked();
    }

    /** Messages written in turn by both members. */
    private void exchange(UUID conversation, AccountId me, AccountId friend, int from, int to) {
        for (int i = from; i < to; i++) {
            messenger.send(conversation, i % 2 == 0 ? me : friend, "line " + i);
        }
    }
}
