package com.mediapatch.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mediapatch.identity.AccountId;
import com.mediapatch.operations.Installation;

import org.junit.jupiter.api.Test;

/**
 * App nodes sharing one Redis (CI runs one on 127.0.0.1:6379) deliver each other's activity when
 * they belong to the same installation, and only then.
 */
class RedisRelayIntegrationTests {

    private static final String REDIS = System.getProperty("mediapatch.test.redis", "redis://127.0.0.1:6379");

    @Test
    void activityPublishedOnOneNodeReachesRecipientsConnectedToTheOther() throws Exception {
        Installation installation = new Installation("patch-" + UUID.randomUUID());
        RealTime first = new RealTime(REDIS, installation);
        RealTime second = new RealTime(REDIS, installation);
        try {
            AccountId bob = new AccountId(UUID.randomUUID());
            AccountId stranger = new AccountId(UUID.randomUUID());
            BlockingQueue<Activity> onSecond = new LinkedBlockingQueue<>();
            BlockingQueue<Activity> strangerOnSecond = new LinkedBlockingQueue<>();
            second.subscribe(bob, activity -> onSecond.add(activity));
            second.subscribe(stranger, activity -> strangerOnSecond.add(activity));
            Activity sent = new Activity(Activity.MESSAGE, UUID.randomUUID(), UUID.randomUUID(), 42,
                    new AccountId(UUID.randomUUID()), List.of(bob));

            first.publish(sent);

            assertThat(onSecond.poll(5, TimeUnit.SECONDS)).isEqualTo(sent);
            assertThat(strangerOnSecond.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            first.destroy();
            second.destroy();
        }
    }

    @Test
    void twoInstallationsOnOneRedisDoNotHearEachOther() throws Exception {
        Installation installation = new Installation("ours-" + UUID.randomUUID());
        RealTime ours = new RealTime(REDIS, installation);
        RealTime ourOtherNode = new RealTime(REDIS, installation);
        RealTime theirs = new RealTime(REDIS, new Installation("theirs-" + UUID.randomUUID()));
        try {
            AccountId bob = new AccountId(UUID.randomUUID());
            BlockingQueue<Activity> onOurOtherNode = new LinkedBlockingQueue<>();
            BlockingQueue<Activity> onTheirs = new LinkedBlockingQueue<>();
            ourOtherNode.subscribe(bob, onOurOtherNode::add);
            theirs.subscribe(bob, onTheirs::add);
            Activity sent = new Activity(Activity.MESSAGE, UUID.randomUUID(), UUID.randomUUID(), 7,
                    new AccountId(UUID.randomUUID()), List.of(bob));

            ours.publish(sent);

            assertThat(onOurOtherNode.poll(5, TimeUnit.SECONDS)).isEqualTo(sent);
            assertThat(onTheirs.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            ours.destroy();
            ourOtherNode.destroy();
            theirs.destroy();
        }
    }

    @Test
    void withoutRedisDeliveryStaysInProcess() {
        RealTime node = new RealTime("", new Installation("alone"));
        AccountId bob = new AccountId(UUID.randomUUID());
        BlockingQueue<Activity> received = new LinkedBlockingQueue<>();
        node.subscribe(bob, received::add);
        Activity typing = new Activity(Activity.TYPING, UUID.randomUUID(), null, 0, new AccountId(UUID.randomUUID()),
                List.of(bob));
        node.publish(typing);
        assertThat(received).containsExactly(typing);
    }
}
