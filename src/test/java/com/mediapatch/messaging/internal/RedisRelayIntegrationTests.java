package com.mediapatch.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mediapatch.identity.AccountId;

import org.junit.jupiter.api.Test;

/** Two app nodes sharing one Redis (CI runs one on 127.0.0.1:6379) deliver each other's activity. */
class RedisRelayIntegrationTests {

    private static final String REDIS = System.getProperty("mediapatch.test.redis", "redis://127.0.0.1:6379");

    @Test
    void activityPublishedOnOneNodeReachesRecipientsConnectedToTheOther() throws Exception {
        RealTime first = new RealTime(REDIS);
        RealTime second = new RealTime(REDIS);
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
    void withoutRedisDeliveryStaysInProcess() {
        RealTime node = new RealTime("");
        AccountId bob = new AccountId(UUID.randomUUID());
        BlockingQueue<Activity> received = new LinkedBlockingQueue<>();
        node.subscribe(bob, received::add);
        Activity typing = new Activity(Activity.TYPING, UUID.randomUUID(), null, 0, new AccountId(UUID.randomUUID()),
                List.of(bob));
        node.publish(typing);
        assertThat(received).containsExactly(typing);
    }
}
