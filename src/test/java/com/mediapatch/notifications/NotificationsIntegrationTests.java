package com.mediapatch.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SocialCoreFakes;
import com.mediapatch.SocialCoreFakes.FakeSocialGraph;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.notifications.internal.NotificationKinds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class NotificationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    NotificationFixtures notifications;

    @Autowired
    FakeSocialGraph social;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationKinds kinds;

    String email;
    AccountId member;
    Cookie session;

    @BeforeEach
    void member() throws Exception {
        email = accounts.verifiedMember("Bell Ringer");
        member = accounts.accountId(email);
        session = accounts.signIn(email);
    }

    @Test
    void aRaisedEventIsStoredAndShownNewestFirstWithUnreadHighlighted() throws Exception {
        transactions.executeWithoutResult(tx -> events.publishEvent(new NotificationRaised(member, "friend-request",
                "The Night Owls sent you a friend request", "/members", null, Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(member) == 1);
        notifications.raise(member, "mention", "Ada mentioned you", "/members?q=ada", null);

        String page = mvc.perform(get(NotificationRoutes.CENTRE).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Ada mentioned you")).isLessThan(page.indexOf("The Night Owls sent you a friend request"));
        assertThat(page).contains("notification--unread").contains("2 unread");
        mvc.perform(get(NotificationRoutes.BADGE).cookie(session)).andExpect(content().string(containsString("bell__count\">2")));
    }

    @Test
    void linksThatLeaveTheSiteAreNotStored() {
        assertThat(notifications.raise(member, "mention", "x", "https://evil.example/", null)).isFalse();
        assertThat(notifications.raise(member, "mention", "x", "//evil.example/", null)).isFalse();
        assertThat(notifications.raise(member, "mention", "x", "/\\evil.example/", null)).isFalse();
        assertThat(notifications.raise(member, "mention", "x", "javascript:alert(1)", null)).isFalse();
        assertThat(stored(member)).isZero();
    }

    @Test
    void notificationsFromMutedOrBlockedActorsAreSuppressed() throws Exception {
        AccountId muted = accounts.accountId(accounts.verifiedMember("Muted Drummer"));
        AccountId blocked = accounts.accountId(accounts.verifiedMember("Blocked Bassist"));
        AccountId friend = accounts.accountId(accounts.verifiedMember("Kind Cellist"));
        social.mute(member, muted);
        social.block(blocked, member);

        assertThat(notifications.raise(member, "message", "from muted", "/messages", muted)).isFalse();
        assertThat(notifications.raise(member, "message", "from blocked", "/messages", blocked)).isFalse();
        assertThat(notifications.raise(member, "message", "from a friend", "/messages", friend)).isTrue();

        assertThat(stored(member)).isEqualTo(1);
    }

    @Test
    void openingANotificationMarksItReadAndFollowsItsLink() throws Exception {
        notifications.raise(member, "mention", "Open me", "/members?q=open", null);
        UUID id = idOf(member, "Open me");

        mvc.perform(post(NotificationRoutes.open(id)).with(csrf()).cookie(session)).andExpect(redirectedUrl("/members?q=open"));

        assertThat(jdbc.queryForObject("select read_at from notifications_notification where id = ?", Instant.class, id)).isNotNull();
        mvc.perform(get(NotificationRoutes.BADGE).cookie(session)).andExpect(content().string(not(containsString("bell__count"))));
    }

    @Test
    void markAllAsReadClearsTheBadge() throws Exception {
        notifications.raise(member, "mention", "one", "/members", null);
        notifications.raise(member, "mention", "two", "/members", null);

        mvc.perform(post(NotificationRoutes.READ_ALL).with(csrf()).cookie(session)).andExpect(redirectedUrl(NotificationRoutes.CENTRE));

        assertThat(jdbc.queryForObject("select count(*) from notifications_notification where recipient = ? and read_at is null",
                Long.class, member.value())).isZero();
    }

    @Test
    void anotherMembersNotificationCannotBeOpened() throws Exception {
        notifications.raise(member, "mention", "Private news", "/members", null);
        UUID id = idOf(member, "Private news");
        Cookie other = accounts.signIn(accounts.verifiedMember("Nosy Neighbour"));

        mvc.perform(post(NotificationRoutes.open(id)).with(csrf()).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(get(NotificationRoutes.CENTRE).cookie(other)).andExpect(content().string(not(containsString("Private news"))));
        assertThat(jdbc.queryForObject("select read_at from notifications_notification where id = ?", Instant.class, id)).isNull();
    }

    @Test
    void theCentreNeedsASignIn() throws Exception {
        mvc.perform(get(NotificationRoutes.CENTRE)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get(NotificationRoutes.SETTINGS)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theCentrePagesByKeysetWithoutRepeatsOrGaps() throws Exception {
        for (int i = 0; i < 25; i++) {
            notifications.raise(member, "mention", "item-" + i + ".", "/members", null);
        }
        String first = mvc.perform(get(NotificationRoutes.CENTRE).cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("item-24.").contains("item-5.").doesNotContain("item-4.");
        String next = first.replaceAll("(?s).*href=\"/notifications\\?after=([^\"]+)\".*", "$1");

        String second = mvc.perform(get(NotificationRoutes.CENTRE + "?after=" + next).cookie(session)).andReturn()
                .getResponse().getContentAsString();

        assertThat(second).contains("item-4.").contains("item-0.").doesNotContain("item-5.").doesNotContain("after=");
    }

    @Test
    void kindsTurnedOffAreDroppedAndInvalidChoicesSaveNothing() throws Exception {
        Map<String, String> choices = Map.of("friend-request", "OFF", "message", "EMAIL");
        var everyKind = post(NotificationRoutes.SETTINGS).with(csrf()).cookie(session);
        kinds.all().forEach(kind -> everyKind.param(kind.slug(), choices.getOrDefault(kind.slug(), "IN_APP")));
        mvc.perform(everyKind)
                .andExpect(redirectedUrl(NotificationRoutes.SETTINGS));

        assertThat(notifications.raise(member, "friend-request", "ignored", "/members", null)).isFalse();
        assertThat(notifications.raise(member, "message", "kept", "/members", null)).isTrue();
        assertThat(jdbc.queryForObject("select digest_due from notifications_notification where recipient = ?",
                Boolean.class, member.value())).isTrue();

        mvc.perform(post(NotificationRoutes.SETTINGS).with(csrf()).cookie(session).param("friend-request", "LOUD"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(NotificationRoutes.SETTINGS).cookie(session))
                .andExpect(content().string(containsString("name=\"friend-request\" value=\"OFF\" checked")));
    }

    @Test
    void defaultsAreMessagesInAppAndModerationOutcomesByEmail() throws Exception {
        String page = mvc.perform(get(NotificationRoutes.SETTINGS).cookie(session)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"message\" value=\"IN_APP\" checked")
                .contains("name=\"moderation-outcome\" value=\"EMAIL\" checked");
    }

    @Test
    void eachModulesDeclaredKindsAreOfferedInSettingsOrder() throws Exception {
        // social, messaging, moderation and this module each declare their own kinds; feature modules add theirs
        assertThat(kinds.all()).extracting(NotificationKind::order).isSorted();
        assertThat(kinds.all()).extracting(NotificationKind::slug).containsSubsequence("friend-request", "friend-accepted",
                "message", "mention", "moderation-outcome", "announcement");

        String page = mvc.perform(get(NotificationRoutes.SETTINGS).cookie(session)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Friend requests", "Mentions", "Outcomes of reports and warnings", "Announcements");
        assertThat(page.indexOf("name=\"friend-request\"")).isLessThan(page.indexOf("name=\"mention\""));
    }

    private long stored(AccountId recipient) {
        return jdbc.queryForObject("select count(*) from notifications_notification where recipient = ?", Long.class,
                recipient.value());
    }

    private UUID idOf(AccountId recipient, String text) {
        return jdbc.queryForObject("select id from notifications_notification where recipient = ? and text = ?", UUID.class,
                recipient.value(), text);
    }
}
