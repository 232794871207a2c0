package com.mediapatch.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.moderation.internal.ReportDesk;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The moderation queue costs the same statements for 3 open cases as for 30: no query per case or per name. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class ModerationQueueStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    SocialMembers members;
    @Autowired
    ReportDesk reports;

    @Test
    void theQueueCostsTheSameStatementsForThreeCasesAsForThirty() throws Exception {
        String email = accounts.verifiedMember("Quinn Queue");
        accounts.assignRole(email, "moderator");
        Cookie moderator = accounts.signInWithCode(email, accounts.enrolAuthenticator(accounts.signIn(email)));
        TestMember reporter = members.member("Rita Reporter");
        open(reporter, 0, 3);
        statementsForTheQueue(moderator); // the first page after signing in also settles the session
        int forThree = statementsForTheQueue(moderator);

        open(reporter, 3, 30);
        statementsForTheQueue(moderator); // site settings are kept five seconds: reloaded once after the wait
        int forThirty = statementsForTheQueue(moderator);

        assertThat(forThirty).isEqualTo(forThree);
    }

    private int statementsForTheQueue(Cookie session) throws Exception {
        SqlStatements.countSinceLastAsked();
        // Other tests' cases may come first (oldest first), so any reported member will do.
        mvc.perform(get(ModerationRoutes.QUEUE).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Member Reported ")));
        return SqlStatements.countSinceLastAsked();
    }

    /** A case per reported member, each with two reports in different categories. */
    private void open(TestMember reporter, int from, int to) {
        for (int i = from; i < to; i++) {
            TestMember member = members.member("Reported " + i);
            reports.file(reporter.id(), TargetType.MEMBER, "@" + member.handle(), ReportCategory.SPAM, "");
            reports.file(reporter.id(), TargetType.MEMBER, "@" + member.handle(), ReportCategory.HARASSMENT, "");
        }
    }
}
