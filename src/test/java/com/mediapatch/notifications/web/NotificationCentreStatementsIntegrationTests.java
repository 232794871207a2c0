package com.mediapatch.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.notifications.internal.NotificationFixtures;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The notification centre costs the same statements for 3 notifications as for 30, all unread. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class NotificationCentreStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    NotificationFixtures notifications;

    @Test
    void theCentreCostsTheSameStatementsForThreeNotificationsAsForThirty() throws Exception {
        String email = accounts.verifiedMember("Nadia Notices");
        AccountId me = accounts.accountId(email);
        Cookie session = accounts.signIn(email);
        raise(me, 0, 3);
        statementsForTheCentre(session, "notice 2"); // the first page after signing in also settles the session
        int forThree = statementsForTheCentre(session, "notice 2");

        raise(me, 3, 30);
        statementsForTheCentre(session, "notice 29"); // site settings are kept five seconds: reloaded once after the wait
        int forThirty = statementsForTheCentre(session, "notice 29");

        assertThat(forThirty).isEqualTo(forThree);
    }

    private int statementsForTheCentre(Cookie session, String newest) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(NotificationRoutes.CENTRE).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(newest)));
        return SqlStatements.countSinceLastAsked();
    }

    private void raise(AccountId me, int from, int to) {
        for (int i = from; i < to; i++) {
            notifications.raise(me, "mention", "notice " + i, "/members", null);
        }
    }
}
