package com.mediapatch.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.operations.Installation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** One node's channel: fan-out to tabs, catch-up by topic cursor, no echo to the acting tab, limits. */
class LiveChannelTests {

    static final LiveKind NEW = new LiveKind("chat", "new");
    static final LiveKind PROGRESS = new LiveKind("uploads", "progress");

    private final List<LiveChannel> channels = new ArrayList<>();

    static LiveProperties properties(String redisUrl, int cap, int queue) {
        return new LiveProperties(redisUrl, cap, queue, 500, Duration.ofMinutes(30));
    }

    LiveChannel channel(LiveCatchUp... catchUps) {
        LiveChannel channel = new LiveChannel(properties("", 3, 16), new Installation("test"), List.of(catchUps));
        channels.add(channel);
        return channel;
    }

    static AccountId member() {
        return new AccountId(UUID.randomUUID());
    }

    @AfterEach
    void close() {
        RequestContextHolder.resetRequestAttributes();
        channels.forEach(LiveChannel::destroy);
    }

    @Test
    void everyTabOfEveryRecipientHearsAnEventAndNoOneElse() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        AccountId bob = member();
        AccountId carol = member();
        RecordingEmitter aliceTab = new RecordingEmitter();
        RecordingEmitter aliceOtherTab = new RecordingEmitter();
        RecordingEmitter bobTab = new RecordingEmitter();
        RecordingEmitter carolTab = new RecordingEmitter();
        channel.open(alice, null, aliceTab);
        channel.open(alice, null, aliceOtherTab);
        channel.open(bob, null, bobTab);
        channel.open(carol, null, carolTab);

        channel.publish(new LiveEvent(NEW, carol, Set.of(alice, bob), "{\"n\":1}", 7));

        assertThat(aliceTab.next(2000)).isEqualTo("chat.new|chat:7|{\"n\":1}");
        assertThat(aliceOtherTab.next(2000)).isEqualTo("chat.new|chat:7|{\"n\":1}");
        assertThat(bobTab.next(2000)).isEqualTo("chat.new|chat:7|{\"n\":1}");
        assertThat(carolTab.next(300)).isNull();
    }

    @Test
    void aJobProgressKindIsLiveOnlyAndKeepsTheCursorsOfOtherTopics() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        RecordingEmitter tab = new RecordingEmitter();
        channel.open(alice, "chat:40", tab);

        channel.publish(new LiveEvent(PROGRESS, alice, Set.of(alice), "{\"percent\":50}", 0));
        channel.publish(new LiveEvent(NEW, alice, Set.of(alice), "{}", 41));

        assertThat(tab.next(2000)).isEqualTo("uploads.progress|null|{\"percent\":50}");
        assertThat(tab.next(2000)).isEqualTo("chat.new|chat:41|{}");
    }

    @Test
    void reconnectingReplaysEachTopicAfterItsOwnCursor() throws Exception {
        AccountId alice = member();
        List<String> asked = new ArrayList<>();
        LiveCatchUp chat = new LiveCatchUp() {
            @Override
            public String topic() {
                return "chat";
            }

            @Override
            public List<LiveEvent> since(AccountId member, long after, int limit) {
                asked.add(member + ">" + after);
                return List.of(new LiveEvent(NEW, member(), Set.of(member), "{}", after + 1),
                        new LiveEvent(NEW, member(), Set.of(member), "{}", after + 2));
            }
        };
        LiveChannel channel = channel(chat);
        RecordingEmitter tab = new RecordingEmitter();

        channel.open(alice, "uploads:3,chat:12,junk", tab);

        assertThat(asked).containsExactly(alice + ">12");
        assertThat(tab.next(1000)).isEqualTo("chat.new|chat:13,uploads:3|{}");
        assertThat(tab.next(1000)).isEqualTo("chat.new|chat:14,uploads:3|{}");
        assertThat(tab.next(200)).isNull();
    }

    @Test
    void aFirstConnectionReplaysNothing() throws Exception {
        List<String> asked = new ArrayList<>();
        LiveChannel channel = channel(new LiveCatchUp() {
            @Override
            public String topic() {
                return "chat";
            }

            @Override
            public List<LiveEvent> since(AccountId member, long after, int limit) {
                asked.add("asked");
                return List.of();
            }
        });
        channel.open(member(), null, new RecordingEmitter());
        assertThat(asked).isEmpty();
    }

    @Test
    void theTabThatActedDoesNotHearItsOwnChangeButTheMembersOtherTabsDo() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        AccountId bob = member();
        RecordingEmitter actingTab = new RecordingEmitter();
        RecordingEmitter otherTab = new RecordingEmitter();
        RecordingEmitter bobTab = new RecordingEmitter();
        channel.open(alice, null, actingTab);
        channel.open(alice, null, otherTab);
        channel.open(bob, null, bobTab);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(LiveRoutes.CONNECTION_HEADER, actingTab.connectionId());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        channel.publish(new LiveEvent(NEW, alice, Set.of(alice, bob), "{}", 5));

        assertThat(otherTab.next(2000)).startsWith("chat.new|");
        assertThat(bobTab.next(2000)).startsWith("chat.new|");
        assertThat(actingTab.next(300)).isNull();
    }

    @Test
    void aConnectionIdOfSomeoneElsesTabDoesNotSilenceIt() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        AccountId bob = member();
        RecordingEmitter bobTab = new RecordingEmitter();
        channel.open(bob, null, bobTab);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader(LiveRoutes.CONNECTION_HEADER, bobTab.connectionId());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        channel.publish(new LiveEvent(NEW, alice, Set.of(bob), "{}", 5));

        assertThat(bobTab.next(2000)).startsWith("chat.new|");
    }

    @Test
    void oneTabMoreThanTheCapClosesTheMembersOldest() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        RecordingEmitter oldest = new RecordingEmitter();
        channel.open(alice, null, oldest);
        for (int i = 0; i < 3; i++) {
            channel.open(alice, null, new RecordingEmitter());
        }
        assertThat(oldest.completed).isTrue();
        assertThat(channel.connections(alice)).isEqualTo(3);
    }

    @Test
    void endingAMembersAccessClosesAllTheirTabs() throws Exception {
        LiveChannel channel = channel();
        AccountId alice = member();
        AccountId bob = member();
        RecordingEmitter one = new RecordingEmitter();
        RecordingEmitter two = new RecordingEmitter();
        RecordingEmitter bobs = new RecordingEmitter();
        channel.open(alice, null, one);
        channel.open(alice, null, two);
        channel.open(bob, null, bobs);

        channel.endFor(alice);

        assertThat(one.completed).isTrue();
        assertThat(two.completed).isTrue();
        assertThat(bobs.completed).isFalse();
        assertThat(channel.connections()).isEqualTo(1);
    }

    @Test
    void aTabAFullQueueBehindIsClosedInsteadOfHoldingMemory() {
        RecordingEmitter emitter = new RecordingEmitter();
        List<Runnable> neverRun = new ArrayList<>();
        Connection slow = new Connection(member(), emitter, Cursors.parse(null), 8, neverRun::add);
        LiveEvent event = new LiveEvent(NEW, member(), Set.of(member()), "{}", 0);
        for (int i = 0; i < 8; i++) {
            assertThat(slow.offer(event)).isTrue();
        }
        assertThat(slow.offer(event)).isFalse();
        assertThat(emitter.completed).isTrue();
        assertThat(neverRun).hasSize(1);
    }

    @Test
    void aDeadTabIsForgottenAtTheNextHeartbeat() throws Exception {
        LiveChannel channel = channel();
        RecordingEmitter tab = new RecordingEmitter();
        channel.open(member(), null, tab);
        tab.completed = true;
        channel.heartbeat();
        assertThat(channel.connections()).isZero();
    }
}
