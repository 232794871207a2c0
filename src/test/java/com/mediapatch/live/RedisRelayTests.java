package com.mediapatch.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.operations.Installation;

import org.junit.jupiter.api.Test;

/**
 * App nodes sharing one Redis (CI runs one on 127.0.0.1:6379) deliver each other's events when
 * they belong to the same installation, and only then; each test uses its own installation id.
 */
class RedisRelayTests {

    private static final String REDIS = System.getProperty("mediapatch.test.redis", "redis://127.0.0.1:6379");

    static LiveChannel node(Installation installation) {
        return new LiveChannel(LiveChannelTests.properties(REDIS, 8, 64), installation, List.of());
    }

    @Test
    void anEventPublishedOnOneNodeReachesRecipientsConnectedToTheOther() throws Exception {
        Installation installation = new Installation("patch-" + UUID.randomUUID());
        LiveChannel first = node(installation);
        LiveChannel second = node(installation);
        try {
            AccountId bob = new AccountId(UUID.randomUUID());
            AccountId stranger = new AccountId(UUID.randomUUID());
            RecordingEmitter bobOnSecond = new RecordingEmitter();
            RecordingEmitter strangerOnSecond = new RecordingEmitter();
            second.open(bob, null, bobOnSecond);
            second.open(stranger, null, strangerOnSecond);

            first.publish(new LiveEvent(LiveChannelTests.NEW, new AccountId(UUID.randomUUID()), Set.of(bob),
                    "{\"text\":\"ids only\"}", 42));

            assertThat(bobOnSecond.next(5000)).isEqualTo("chat.new|chat:42|{\"text\":\"ids only\"}");
            assertThat(strangerOnSecond.next(300)).isNull();
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    @Test
    void endingAccessOnOneNodeClosesTheMembersTabsOnTheOther() throws Exception {
        Installation installation = new Installation("end-" + UUID.randomUUID());
        LiveChannel first = node(installation);
        LiveChannel second = node(installation);
        try {
            AccountId alice = new AccountId(UUID.randomUUID());
            RecordingEmitter tab = new RecordingEmitter();
            second.open(alice, null, tab);

            first.endFor(alice);

            long deadline = System.currentTimeMillis() + 5000;
            while (second.connections(alice) > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(tab.completed).isTrue();
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    @Test
    void twoInstallationsOnOneRedisDoNotHearEachOther() throws Exception {
        Installation installation = new Installation("ours-" + UUID.randomUUID());
        LiveChannel ours = node(installation);
        LiveChannel ourOtherNode = node(installation);
        LiveChannel theirs = node(new Installation("theirs-" + UUID.randomUUID()));
        try {
            AccountId bob = new AccountId(UUID.randomUUID());
            RecordingEmitter onOurOtherNode = new RecordingEmitter();
            RecordingEmitter onTheirs = new RecordingEmitter();
            ourOtherNode.open(bob, null, onOurOtherNode);
            theirs.open(bob, null, onTheirs);

            ours.publish(new LiveEvent(LiveChannelTests.NEW, bob, Set.of(bob), "{}", 7));

            assertThat(onOurOtherNode.next(5000)).startsWith("chat.new|");
            assertThat(onTheirs.next(500)).isNull();
        } finally {
            ours.destroy();
            ourOtherNode.destroy();
            theirs.destroy();
        }
    }
}
