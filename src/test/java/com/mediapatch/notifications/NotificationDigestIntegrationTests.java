package com.mediapatch.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SocialCoreFakes;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.internal.NotificationFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class NotificationDigestIntegrationTests {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    NotificationFixtures notifications;

    @Test
    void eachMemberGetsOneDigestWithAllTheirEmailNotificationsAndNeverTheSameTwice() throws Exception {
        String ada = accounts.verifiedMember("Ada Digest");
        String bo = accounts.verifiedMember("Bo Digest");
        AccountId adaId = accounts.accountId(ada);
        notifications.raise(adaId, "moderation-outcome", "We reviewed your report about spam", "/reports", null);
        notifications.raise(adaId, "moderation-outcome", "Second outcome <b>bold</b>", "/notifications", null);
        notifications.raise(adaId, "friend-request", "In-app only request", "/members", null);
        notifications.raise(accounts.accountId(bo), "moderation-outcome", "Bo's outcome", "/notifications", null);
        long adaBefore = accounts.mailbox().countTo(ada);

        notifications.sendDigests();

        assertThat(accounts.mailbox().countTo(ada)).isEqualTo(adaBefore + 1);
        MimeMessage digest = accounts.mailbox().latestTo(ada);
        String text = NotificationFixtures.allText(digest);
        assertThat(TestMailbox.subject(digest)).isEqualTo("2 new notifications on The Media Patch");
        assertThat(text).contains("We reviewed your report about spam").contains("Second outcome &lt;b&gt;bold&lt;/b&gt;")
                .contains("/reports\n").contains("/settings/notifications")
                .doesNotContain("In-app only request").doesNotContain("Bo's outcome");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("/settings/notifications");
        assertThat(NotificationFixtures.allText(accounts.mailbox().latestTo(bo))).contains("Bo's outcome");

        notifications.sendDigests();

        assertThat(accounts.mailbox().countTo(ada)).isEqualTo(adaBefore + 1);
    }

    @Test
    void twoNodesRunningTheDigestAtOnceMailOnlyOnce() throws Exception {
        String cy = accounts.verifiedMember("Cy Digest");
        for (int i = 0; i < 5; i++) {
            notifications.raise(accounts.accountId(cy), "moderation-outcome", "Outcome " + i, "/notifications", null);
        }
        long before = accounts.mailbox().countTo(cy);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> node = notifications::sendDigests;
            List<Future<Integer>> runs = nodes.invokeAll(List.of(node, node));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(accounts.mailbox().countTo(cy)).isEqualTo(before + 1);
        assertThat(NotificationFixtures.allText(accounts.mailbox().latestTo(cy))).contains("Outcome 0").contains("Outcome 4");
    }
}
