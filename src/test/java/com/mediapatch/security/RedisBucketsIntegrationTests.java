package com.mediapatch.security;

import java.time.Duration;
import java.util.UUID;

import com.mediapatch.operations.Installation;
import com.mediapatch.shared.RateLimitPolicy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * App nodes pointing at the same Redis (CI runs one on 127.0.0.1:6379) share every bucket of
 * their installation, and never another installation's.
 */
class RedisBucketsIntegrationTests {

    private static final String REDIS = System.getProperty("mediapatch.test.redis", "redis://127.0.0.1:6379");

    @Test
    void twoNodesCountTheSameRequests() {
        RateLimitPolicy policy = new RateLimitPolicy("test", 3, Duration.ofMinutes(1));
        String key = "sign-in:address:" + UUID.randomUUID();
        Installation installation = new Installation("patch-" + UUID.randomUUID());
        try (RedisBuckets first = new RedisBuckets(REDIS, installation);
                RedisBuckets second = new RedisBuckets(REDIS, installation)) {
            assertThat(first.consume(key, policy).isConsumed()).isTrue();
            assertThat(second.consume(key, policy).isConsumed()).isTrue();
            assertThat(first.consume(key, policy).getRemainingTokens()).isZero();
            assertThat(second.consume(key, policy).isConsumed()).isFalse();
        }
    }

    @Test
    void twoInstallationsOnOneRedisKeepSeparateBuckets() {
        RateLimitPolicy policy = new RateLimitPolicy("test", 2, Duration.ofMinutes(1));
        String key = "sign-in:address:" + UUID.randomUUID();
        try (RedisBuckets ours = new RedisBuckets(REDIS, new Installation("ours-" + UUID.randomUUID()));
                RedisBuckets theirs = new RedisBuckets(REDIS, new Installation("theirs-" + UUID.randomUUID()))) {
            assertThat(ours.consume(key, policy).isConsumed()).isTrue();
            assertThat(ours.consume(key, policy).isConsumed()).isTrue();
            assertThat(ours.consume(key, policy).isConsumed()).isFalse();

            assertThat(theirs.consume(key, policy).getRemainingTokens()).isEqualTo(1);
        }
    }
}
