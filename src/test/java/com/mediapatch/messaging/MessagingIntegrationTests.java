package com.mediapatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.internal.ConversationStore;
import com.mediapatch.messaging.internal.GroupChats;
import com.mediapatch.messaging.internal.MessageStore;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.messaging.web.ConversationsPage;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.vault.SealedValueDamaged;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(FakeSocialGraph.Config.class)
@RecordApplicationEvents
class MessagingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Messenger messenger;
    @Autowired
    MessageStore messageStore;
    @Autowired
    ConversationStore conversationStore;
    @Autowired
    MessageModeration moderation;
    @Autowired
    GroupChats groups;
    @Autowired
    FakeSocialGraph social;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Profiles profiles;

    String aliceEmail;
    AccountId alice;
    AccountId bob;
    AccountId carol;

    @BeforeEach
    void members() throws Exception {
        aliceEmail = accounts.verifiedMember("Alice Strings");
        alice = accounts.accountId(aliceEmail);
        bob = accounts.accountId(accounts.verifiedMember("Bob Drums"));
        carol = accounts.accountId(accounts.verifiedMember("Carol Keys"));
    }

    @Test
    void oneDirectConversationPerPairWhoeverStartsIt() {
        UUID first = messenger.startDirect(alice, bob);
        assertThat(messenger.startDirect(bob, alice)).isEqualTo(first);
    }

    @Test
    void directConversationIsRaceSafe() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> i % 2 == 0 ? messenger.startDirect(alice, carol)
                            : messenger.startDirect(carol, alice)))
                    .toList();
            var ids = new java.util.HashSet<UUID>();
            for (var future : futures) {
                ids.add(future.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void blockedMembersCannotMessageEachOtherEvenInAnExistingConversation() {
        UUID conversation = messenger.startDirect(alice, bob);
        messenger.send(conversation, alice, "hello");
        social.block(bob, alice);
        assertThatThrownBy(() -> messenger.send(conversation, alice, "still there?"))
                .isInstanceOf(MessageRefused.class).hasMessage("You can't message this member.");
        assertThatThrownBy(() -> messenger.send(conversation, bob, "go away"))
                .hasMessage("You can't message this member.");
        assertThat(messenger.startDirect(carol, alice)).isNotNull();
    }

    @Test
    void whoMayMessageMeIsEnforcedForNewMessages() {
        UUID conversation = messenger.startDirect(alice, bob);
        messenger.savePreferences(bob, new MessagingPreferences(WhoMayMessage.FRIENDS, true));
        assertThatThrownBy(() -> messenger.send(conversation, alice, "hi")).hasMessage("You can't message this member.");
        social.befriend(alice, bob);
        assertThat(messenger.send(conversation, alice, "hi friend").text()).isEqualTo("hi friend");
        messenger.savePreferences(bob, new MessagingPreferences(WhoMayMessage.NOBODY, true));
        assertThatThrownBy(() -> messenger.send(conversation, alice, "hi?")).hasMessage("You can't message this member.");
        assertThatThrownBy(() -> messenger.startDirect(carol, bob)).hasMessage("You can't message this member.");
    }

    @Test
    void refusedPageShowsTheNeutralSentence() throws Exception {
        UUID conversation = messenger.startDirect(alice, bob);
        social.block(bob, alice);
        mvc.perform(post(MessagingRoutes.conversation(conversation)).with(csrf()).cookie(accounts.signIn(aliceEmail))
                .param("text", "knock knock"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You can't message this member.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("knock knock")));
    }

    @Test
    void nonMembersGetNotFoundForConversationsMessagesAndActions() throws Exception {
        UUID conversation = messenger.startDirect(alice, bob);
        Message message = messenger.send(conversation, alice, "private");
        String carolEmail = accounts.verifiedMember("Carol Again");
        Cookie intruder = accounts.signIn(carolEmail);
        mvc.perform(get(MessagingRoutes.conversation(conversation)).cookie(intruder)).andExpect(status().isNotFound());
        mvc.perform(get(MessagingRoutes.message(conversation, message.id())).cookie(intruder))
                .andExpect(status().isNotFound());
        mvc.perform(get(MessagingRoutes.conversation(conversation) + "?before=999999").cookie(intruder))
                .andExpect(status().isNotFound());
        mvc.perform(post(MessagingRoutes.conversation(conversation)).with(csrf()).cookie(intruder).param("text", "hi"))
                .andExpect(status().isNotFound());
        mvc.perform(post(MessagingRoutes.message(conversation, message.id()) + "/edit").with(csrf()).cookie(intruder)
                .param("text", "mine now")).andExpect(status().isNotFound());
        mvc.perform(post(MessagingRoutes.message(conversation, message.id()) + "/delete").with(csrf()).cookie(intruder))
                .andExpect(status().isNotFound());
        assertThat(messenger.message(conversation, message.id(), alice).text()).isEqualTo("private");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get(MessagingRoutes.CONVERSATIONS)).andExpect(status().is3xxRedirection());
    }

    @Test
    void oversizedMessageIsRefusedWith422AndTheFormKeepsTheText() throws Exception {
        UUID conversation = messenger.startDirect(alice, bob);
        String tooLong = "x".repeat(4001);
        mvc.perform(post(MessagingRoutes.conversation(conversation)).with(csrf()).cookie(accounts.signIn(aliceEmail))
                .param("text", tooLong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at most 4000 characters")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(tooLong)));
        assertThat(messenger.history(conversation, alice, null, 10)).isEmpty();
    }

    @Test
    void editsKeepEveryEarlierVersionForModeratorsAndDeletedMessagesSayDeleted() throws Exception {
        UUID conversation = messenger.startDirect(alice, bob);
        Message message = messenger.send(conversation, alice, "first draft");
        messenger.edit(conversation, message.id(), alice, "second draft");
        messenger.edit(conversation, message.id(), alice, "final words");
        assertThatThrownBy(() -> messenger.edit(conversation, message.id(), bob, "hijack"))
                .isInstanceOf(MessagingProblem.class);
        messenger.delete(conversation, message.id(), alice);

        var reported = moderation.message(message.id()).orElseThrow();
        assertThat(reported.earlierVersions()).containsExactly("first draft", "second draft", "final words");
        assertThat(reported.deleted()).isTrue();
        assertThat(messenger.message(conversation, message.id(), bob).text()).isEmpty();
        mvc.perform(get(MessagingRoutes.conversation(conversation)).cookie(accounts.signIn(aliceEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Message deleted")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("final words"))));
    }

    @Test
    void hiddenMessagesAreHiddenFromMembersButNotModerators() {
        UUID conversation = messenger.startDirect(alice, bob);
        Message message = messenger.send(conversation, alice, "rude words");
        assertThat(moderation.hide(message.id(), carol, "abuse")).isTrue();
        assertThat(moderation.hide(UUID.randomUUID(), carol, "abuse")).isFalse();
        assertThat(messenger.message(conversation, message.id(), bob).visible()).isFalse();
        assertThat(moderation.recentMessages(conversation, 10)).extracting(MessageModeration.ReportedMessage::text)
                .containsExactly("rude words");
    }

    @Test
    void bodiesAreEncryptedAtRestAndBoundToTheirRow() {
        UUID conversation = messenger.startDirect(alice, bob);
        Message one = messenger.send(conversation, alice, "secret one");
        Message two = messenger.send(conversation, alice, "secret two");
        messenger.edit(conversation, one.id(), alice, "secret one, edited");
        String raw = jdbc.queryForObject("select body from messaging_message where id = ?", String.class, one.id());
        String earlier = jdbc.queryForObject("select body from messaging_message_version where message_id = ?",
                String.class, one.id());
        assertThat(raw).startsWith("t1:").doesNotContain("secret");
        assertThat(earlier).startsWith("t1:").doesNotContain("secret");

        String rawTwo = jdbc.queryForObject("select body from messaging_message where id = ?", String.class, two.id());
        jdbc.update("update messaging_message set body = ? where id = ?", rawTwo, one.id());
        assertThatThrownBy(() -> messenger.message(conversation, one.id(), alice)).isInstanceOf(SealedValueDamaged.class);
        jdbc.update("update messaging_message set body = ? where id = ?", raw, one.id());
        assertThat(messenger.message(conversation, one.id(), alice).text()).isEqualTo("secret one, edited");
    }

    @Test
    void historyPagesBackwardsByKeyset() {
        UUID conversation = messenger.startDirect(alice, bob);
        for (int i = 1; i <= 7; i++) {
            messenger.send(conversation, i % 2 == 0 ? bob : alice, "message " + i);
        }
        List<Message> newest = messenger.history(conversation, alice, null, 3);
        assertThat(newest).extracting(Message::text).containsExactly("message 5", "message 6", "message 7");
        List<Message> older = messenger.history(conversation, alice, newest.get(0).seq(), 3);
        assertThat(older).extracting(Message::text).containsExactly("message 2", "message 3", "message 4");
        assertThat(messenger.history(conversation, alice, older.get(0).seq(), 3)).extracting(Message::text)
                .containsExactly("message 1");
    }

    @Test
    void loadOlderFragmentServesTheEarlierPage() throws Exception {
        UUID conversation = messenger.startDirect(alice, bob);
        Message first = messenger.send(conversation, alice, "the very first");
        Message second = messenger.send(conversation, alice, "the second");
        mvc.perform(get(MessagingRoutes.conversation(conversation) + "?before=" + second.seq())
                .cookie(accounts.signIn(aliceEmail)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("the very first")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("the second"))));
        assertThat(first.seq()).isLessThan(second.seq());
    }

    @Test
    void searchFindsDecryptedTextInThatConversationOnly() {
        UUID ours = messenger.startDirect(alice, bob);
        UUID theirs = messenger.startDirect(alice, carol);
        messenger.send(ours, alice, "Rehearsal on Friday?");
        messenger.send(ours, bob, "Friday works, bring the amp");
        messenger.send(ours, bob, "see you");
        messenger.send(theirs, carol, "friday is my birthday");
        assertThat(messenger.search(ours, alice, "FRIDAY", 0, 10)).extracting(Message::text)
                .containsExactly("Friday works, bring the amp", "Rehearsal on Friday?");
        assertThat(messenger.search(ours, alice, "friday", 1, 1)).extracting(Message::text)
                .containsExactly("Rehearsal on Friday?");
        assertThatThrownBy(() -> messenger.search(theirs, bob, "friday", 0, 10)).isInstanceOf(MessagingProblem.class);
    }

    @Test
    void conversationsComeAPageAtATimeMostRecentlyActiveFirst() throws Exception {
        UUID withBob = messenger.startDirect(alice, bob);
        UUID withCarol = messenger.startDirect(alice, carol);
        UUID withDave = messenger.startDirect(alice, accounts.accountId(accounts.verifiedMember("Dave Pages")));
        messenger.send(withCarol, carol, "first");
        messenger.send(withDave, alice, "second");
        messenger.send(withBob, bob, "newest");

        KeysetPage<Conversation> first = conversationStore.page(alice, null, 2);
        KeysetPage<Conversation> rest = conversationStore.page(alice, first.next(), 2);

        assertThat(first.items()).extracting(Conversation::id).containsExactly(withBob, withDave);
        assertThat(rest.items()).extracting(Conversation::id).containsExactly(withCarol);
        assertThat(rest.next()).isNull();
        assertThat(first.items().get(0).members()).contains(alice, bob);
    }

    @Test
    void unreadCountsPerConversationAndReading() {
        UUID ours = messenger.startDirect(alice, bob);
        messenger.send(ours, bob, "one");
        messenger.send(ours, bob, "two");
        messenger.send(ours, alice, "mine does not count");
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 0L);
        messenger.send(ours, bob, "three");
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 1L);
        assertThat(messenger.unread(bob, List.of(ours))).containsEntry(ours, 0L);
        messenger.markRead(ours, alice);
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 0L);
    }

    @Test
    void unreadCountingStopsAtTheCap() {
        UUID ours = messenger.startDirect(alice, bob);
        for (int i = 0; i <= MessageStore.UNREAD_CAP; i++) {
            messenger.send(ours, bob, "line " + i);
        }
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, (long) MessageStore.UNREAD_CAP);
        assertThat(messageStore.unreadInAll(alice)).isEqualTo(MessageStore.UNREAD_CAP);
        assertThat(ConversationsPage.unreadLabel(messageStore.unreadInAll(alice))).isEqualTo("99+");
    }

    @Test
    void deletedAndHiddenMessagesStopCountingAsUnreadOnce() {
        UUID ours = messenger.startDirect(alice, bob);
        Message deleted = messenger.send(ours, bob, "sent by mistake");
        Message hidden = messenger.send(ours, bob, "abusive");
        messenger.send(ours, bob, "still here");
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 3L);

        messenger.delete(ours, deleted.id(), bob);
        moderation.hide(hidden.id(), carol, "abuse");
        moderation.hide(hidden.id(), carol, "abuse again");

        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 1L);
        assertThat(messageStore.unreadInAll(alice)).isEqualTo(1L);
        Message read = messenger.send(ours, bob, "read before it was deleted");
        messenger.markRead(ours, alice);
        messenger.send(ours, bob, "not read yet");
        messenger.delete(ours, read.id(), bob);
        assertThat(messenger.unread(alice, List.of(ours))).containsEntry(ours, 1L);
    }

    @Test
    void readReceiptsShowOnlyWhenBothSidesAllowThem() throws Exception {
        UUID ours = messenger.startDirect(alice, bob);
        messenger.send(ours, alice, "did you read this?");
        messenger.markRead(ours, bob);
        Cookie session = accounts.signIn(aliceEmail);
        mvc.perform(get(MessagingRoutes.conversation(ours)).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("message__receipt")));
        messenger.savePreferences(bob, new MessagingPreferences(WhoMayMessage.EVERYONE, false));
        mvc.perform(get(MessagingRoutes.conversation(ours)).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("message__receipt"))));
        messenger.savePreferences(bob, MessagingPreferences.DEFAULT);
        messenger.savePreferences(alice, new MessagingPreferences(WhoMayMessage.EVERYONE, false));
        mvc.perform(get(MessagingRoutes.conversation(ours)).cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("message__receipt"))));
    }

    @Test
    void newMessagesNotifyOthersExceptWhoMutedTheAuthor(ApplicationEvents events) {
        social.befriend(alice, bob);
        social.befriend(alice, carol);
        UUID group = groups.create(alice, "Band", List.of(bob, carol));
        social.mute(carol, alice);
        messenger.send(group, alice, "practice tonight");
        assertThat(events.stream(NotificationRaised.class).filter(n -> n.actor().equals(alice)))
                .extracting(NotificationRaised::recipient).containsExactly(bob);
    }

    @Test
    void aMemberNamedByHandleIsToldOfTheMention(ApplicationEvents events) {
        social.befriend(alice, bob);
        social.befriend(alice, carol);
        UUID group = groups.create(alice, "Horns", List.of(bob, carol));
        String bobHandle = await().atMost(Duration.ofSeconds(10)).until(() -> profiles.of(bob), Optional::isPresent).orElseThrow().handle();

        messenger.send(group, alice, "Can @" + bobHandle + " bring the mute? email@" + bobHandle + " is not a mention");

        assertThat(events.stream(NotificationRaised.class).filter(n -> n.actor().equals(alice)))
                .extracting(NotificationRaised::recipient, NotificationRaised::kind)
                .containsExactlyInAnyOrder(tuple(bob, "mention"), tuple(carol, "message"));
    }

    @Test
    void groupsInviteOnlyFriendsAndRolesDecideWhoManages() {
        social.befriend(alice, bob);
        assertThatThrownBy(() -> groups.create(alice, "Band", List.of(bob, carol)))
                .hasMessage("You can only add your friends to a group.");
        UUID group = groups.create(alice, "Band", List.of(bob));
        assertThatThrownBy(() -> groups.rename(group, bob, "Bob's band")).isInstanceOf(MessagingProblem.class);
        social.befriend(bob, carol);
        groups.invite(group, bob, carol);
        assertThatThrownBy(() -> groups.remove(group, bob, carol)).isInstanceOf(MessagingProblem.class);
        groups.setRole(group, alice, bob, Role.ADMIN);
        groups.rename(group, bob, "The Band");
        groups.remove(group, bob, carol);
        assertThatThrownBy(() -> messenger.conversation(group, carol)).isInstanceOf(ConversationNotFound.class);
        assertThatThrownBy(() -> groups.remove(group, bob, alice)).isInstanceOf(MessagingProblem.class);
        social.block(carol, bob);
        assertThatThrownBy(() -> groups.invite(group, bob, carol)).isInstanceOf(MessagingProblem.class);

        groups.leave(group, alice);
        Conversation after = messenger.conversation(group, bob);
        assertThat(after.name()).isEqualTo("The Band");
        assertThat(after.participant(bob).orElseThrow().role()).isEqualTo(Role.OWNER);
        assertThat(after.hasMember(alice)).isFalse();
    }
}
