package com.mediapatch.social;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.social.SocialMembers.TestMember;
import com.mediapatch.social.internal.PeopleYouMayKnow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class RelationshipsIntegrationTests {

    @Autowired
    Relationships relationships;

    @Autowired
    SocialGraph graph;

    @Autowired
    PeopleYouMayKnow people;

    @Autowired
    SocialMembers members;

    @Autowired
    ApplicationEvents events;

    @Test
    void friendsComeAPageAtATimeWithoutGapsOrRepeats() {
        TestMember host = members.member("Paged Host");
        List<AccountId> befriended = new ArrayList<>();
        for (String name : List.of("Paged One", "Paged Two", "Paged Three")) {
            TestMember friend = members.member(name);
            relationships.accept(host.id(), relationships.request(friend.id(), host.id()).request());
            befriended.add(0, friend.id());
        }

        KeysetPage<ProfileSummary> first = relationships.friends(host.id(), null, 2);
        KeysetPage<ProfileSummary> second = relationships.friends(host.id(), first.next(), 2);

        assertThat(first.next()).isNotNull();
        assertThat(second.next()).isNull();
        List<AccountId> shown = new ArrayList<>();
        first.items().forEach(friend -> shown.add(friend.account()));
        second.items().forEach(friend -> shown.add(friend.account()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(befriended).doesNotHaveDuplicates();
    }

    @Test
    void anAcceptedRequestMakesFriendsBothWaysAndTellsBothSides() {
        TestMember ann = members.member("Ann Arbor");
        TestMember bob = members.member("Bob Bassline");

        Connection sent = relationships.request(ann.id(), bob.id());

        assertThat(sent.state()).isEqualTo(Connection.State.REQUEST_SENT);
        assertThat(relationships.between(bob.id(), ann.id()).state()).isEqualTo(Connection.State.REQUEST_RECEIVED);
        assertThat(relationships.incoming(bob.id(), null, 100).items()).extracting(r -> r.member().handle()).containsExactly(ann.handle());
        assertThat(relationships.outgoing(ann.id(), null, 100).items()).extracting(PendingRequest::id).containsExactly(sent.request());
        assertThat(events.stream(FriendRequestSent.class)).anyMatch(e -> e.requestId().equals(sent.request()));
        assertThat(events.stream(NotificationRaised.class)).anyMatch(n -> n.recipient().equals(bob.id())
                && n.kind().equals("friend-request") && n.text().equals(ann.name() + " sent you a friend request")
                && n.link().startsWith(SocialRoutes.FRIENDS) && ann.id().equals(n.actor()));

        relationships.accept(bob.id(), sent.request());

        assertThat(graph.areFriends(ann.id(), bob.id())).isTrue();
        assertThat(graph.areFriends(bob.id(), ann.id())).isTrue();
        assertThat(graph.friendsOf(ann.id())).containsExactly(bob.id());
        assertThat(relationships.incoming(bob.id(), null, 100).items()).isEmpty();
        assertThat(events.stream(FriendRequestAccepted.class)).anyMatch(e -> e.from().equals(ann.id()) && e.to().equals(bob.id()));
        assertThat(events.stream(NotificationRaised.class)).anyMatch(n -> n.recipient().equals(ann.id())
                && n.kind().equals("friend-request-accepted") && n.text().equals(bob.name() + " accepted your friend request"));
    }

    @Test
    void badRequestsAreRefusedWithTheirOwnProblemsAndWriteNothing() {
        TestMember ann = members.member("Ann Again");
        TestMember bob = members.member("Bob Again");
        TestMember eve = members.member("Eve Eavesdrop");

        assertThatThrownBy(() -> relationships.request(ann.id(), ann.id())).isInstanceOf(CannotBefriendYourself.class);
        Connection sent = relationships.request(ann.id(), bob.id());
        assertThatThrownBy(() -> relationships.request(ann.id(), bob.id())).isInstanceOf(AlreadyRequested.class);
        assertThatThrownBy(() -> relationships.accept(eve.id(), sent.request())).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> relationships.accept(ann.id(), sent.request())).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> relationships.cancel(bob.id(), sent.request())).isInstanceOf(FriendRequestNotFound.class);
        assertThat(relationships.incoming(bob.id(), null, 100).items()).hasSize(1);

        relationships.accept(bob.id(), sent.request());
        assertThatThrownBy(() -> relationships.request(bob.id(), ann.id())).isInstanceOf(AlreadyFriends.class);
        assertThatThrownBy(() -> relationships.accept(bob.id(), sent.request())).isInstanceOf(FriendRequestNotFound.class);
        assertThatThrownBy(() -> relationships.unfriend(ann.id(), eve.id())).isInstanceOf(NotFriends.class);
    }

    @Test
    void racingDuplicateRequestsLeaveExactlyOne() throws Exception {
        TestMember ann = members.member("Racing Ann");
        TestMember bob = members.member("Racing Bob");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(pool.submit(() -> {
                    try {
                        relationships.request(ann.id(), bob.id());
                        return true;
                    } catch (AlreadyRequested duplicate) {
                        return false;
                    }
                }));
            }
            int sent = 0;
            for (Future<Boolean> attempt : attempts) {
                sent += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(sent).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(relationships.incoming(bob.id(), null, 100).items()).hasSize(1);
    }

    @Test
    void askingSomeoneWhoAskedFirstAcceptsTheirRequest() {
        TestMember ann = members.member("Crossing Ann");
        TestMember bob = members.member("Crossing Bob");
        relationships.request(bob.id(), ann.id());

        assertThat(relationships.request(ann.id(), bob.id()).state()).isEqualTo(Connection.State.FRIENDS);
        assertThat(graph.areFriends(ann.id(), bob.id())).isTrue();
    }

    @Test
    void declinedAndCancelledRequestsVanishQuietly() {
        TestMember ann = members.member("Declined Ann");
        TestMember bob = members.member("Declined Bob");
        Connection first = relationships.request(ann.id(), bob.id());
        relationships.decline(bob.id(), first.request());
        assertThat(relationships.between(ann.id(), bob.id()).state()).isEqualTo(Connection.State.NONE);
        assertThat(events.stream(NotificationRaised.class)).noneMatch(n -> n.recipient().equals(ann.id()));

        Connection second = relationships.request(ann.id(), bob.id());
        relationships.cancel(ann.id(), second.request());
        assertThat(relationships.incoming(bob.id(), null, 100).items()).isEmpty();
        assertThat(events.stream(FriendRequestCancelled.class)).anyMatch(e -> e.requestId().equals(second.request()));
    }

    @Test
    void blockingEndsTheFriendshipAndPendingRequestsAndWorksBothWays() {
        TestMember ann = members.member("Blocking Ann");
        TestMember bob = members.member("Blocked Bob");
        TestMember cid = members.member("Pending Cid");
        relationships.accept(bob.id(), relationships.request(ann.id(), bob.id()).request());
        relationships.request(cid.id(), ann.id());

        relationships.block(ann.id(), bob.id());
        relationships.block(ann.id(), cid.id());
        relationships.block(ann.id(), cid.id());

        assertThat(graph.areFriends(ann.id(), bob.id())).isFalse();
        assertThat(graph.blockedBetween(ann.id(), bob.id())).isTrue();
        assertThat(graph.blockedBetween(bob.id(), ann.id())).isTrue();
        assertThat(relationships.incoming(ann.id(), null, 100).items()).isEmpty();
        assertThat(events.stream(FriendshipEnded.class)).anyMatch(e -> e.one().equals(ann.id()) && e.other().equals(bob.id()));
        assertThat(events.stream(MemberBlocked.class)).filteredOn(e -> e.blocked().equals(cid.id())).hasSize(1);
        // Neither side can ask, and the blocked side is told only that there is no such member.
        assertThatThrownBy(() -> relationships.request(bob.id(), ann.id())).isInstanceOf(MemberNotFound.class);
        assertThatThrownBy(() -> relationships.request(ann.id(), bob.id())).isInstanceOf(MemberNotFound.class);
        assertThatThrownBy(() -> relationships.member(bob.id(), ann.handle())).isInstanceOf(MemberNotFound.class);
        assertThat(relationships.member(ann.id(), bob.handle()).account()).isEqualTo(bob.id());
        assertThat(relationships.between(bob.id(), ann.id()).state()).isEqualTo(Connection.State.NONE);
        assertThat(relationships.between(ann.id(), bob.id()).state()).isEqualTo(Connection.State.BLOCKED);
        assertThat(relationships.blocked(ann.id(), null, 100).items()).extracting(ProfileSummary::handle).contains(bob.handle(), cid.handle());

        relationships.unblock(ann.id(), bob.id());
        assertThat(graph.blockedBetween(ann.id(), bob.id())).isFalse();
        assertThat(relationships.request(bob.id(), ann.id()).state()).isEqualTo(Connection.State.REQUEST_SENT);
    }

    @Test
    void mutedMembersRaiseNoNotificationsAndAreNotSuggested() {
        TestMember ann = members.member("Muting Ann", Visibility.MEMBERS, List.of(Discipline.WRITER), List.of("noir"), null);
        TestMember bob = members.member("Muted Bob", Visibility.MEMBERS, List.of(Discipline.WRITER), List.of("noir"), null);
        assertThat(people.suggestionsFor(ann.id(), 100)).extracting(s -> s.member().account()).contains(bob.id());

        relationships.mute(ann.id(), bob.id());
        relationships.mute(ann.id(), bob.id());
        assertThat(graph.muted(ann.id(), bob.id())).isTrue();
        assertThat(graph.muted(bob.id(), ann.id())).isFalse();
        relationships.request(bob.id(), ann.id());

        assertThat(events.stream(FriendRequestSent.class)).anyMatch(e -> e.from().equals(bob.id()));
        assertThat(events.stream(NotificationRaised.class)).noneMatch(n -> n.recipient().equals(ann.id()));
        assertThat(people.suggestionsFor(ann.id(), 100)).extracting(s -> s.member().account()).doesNotContain(bob.id());
        relationships.unmute(ann.id(), bob.id());
        assertThat(graph.muted(ann.id(), bob.id())).isFalse();
    }

    @Test
    void peopleYouMayKnowRanksMutualFriendsFirstThenSharedInterestsAndLeavesOutConnections() {
        TestMember me = members.member("Ranker", Visibility.MEMBERS, List.of(Discipline.FILMMAKER, Discipline.WRITER),
                List.of("sci-fi", "Horror"), "Gdansk");
        TestMember f1 = members.member("Friend One");
        TestMember f2 = members.member("Friend Two");
        TestMember twoMutual = members.member("Two Mutual");
        TestMember oneMutual = members.member("One Mutual");
        TestMember alike = members.member("Alike", Visibility.MEMBERS, List.of(Discipline.FILMMAKER, Discipline.WRITER),
                List.of("horror"), "gdansk");
        TestMember littleAlike = members.member("Little Alike", Visibility.EVERYONE, List.of(Discipline.WRITER), List.of(), null);
        TestMember blocker = members.member("Blocker", Visibility.MEMBERS, List.of(Discipline.WRITER), List.of(), null);
        TestMember pending = members.member("Pending", Visibility.MEMBERS, List.of(Discipline.WRITER), List.of(), null);
        befriend(me, f1);
        befriend(me, f2);
        befriend(f1, twoMutual);
        befriend(f2, twoMutual);
        befriend(f1, oneMutual);
        relationships.block(blocker.id(), me.id());
        relationships.request(me.id(), pending.id());

        List<Suggestion> suggestions = people.suggestionsFor(me.id(), 100);

        assertThat(suggestions).extracting(s -> s.member().account()).startsWith(twoMutual.id(), oneMutual.id())
                .containsSubsequence(alike.id(), littleAlike.id())
                .doesNotContain(me.id(), f1.id(), f2.id(), blocker.id(), pending.id());
        assertThat(suggestions.get(0).mutualFriends()).isEqualTo(2);
        assertThat(suggestions.get(0).reason()).isEqualTo("2 mutual friends");
        Suggestion alikeSuggestion = suggestions.stream().filter(s -> s.member().account().equals(alike.id())).findFirst().orElseThrow();
        assertThat(alikeSuggestion.sharedInterests()).isEqualTo(4);
    }

    private void befriend(TestMember one, TestMember other) {
        relationships.accept(other.id(), relationships.request(one.id(), other.id()).request());
    }
}
