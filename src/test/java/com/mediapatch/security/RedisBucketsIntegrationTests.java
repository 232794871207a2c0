package com.mediapatch.security;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two app nodes pointing at the same Redis (CI runs one on 127.0.0.1:6379) share every bucket. */
class RedisBucketsIntegrationTests {

    private static final String REDIS = System.getProperty("mediapatch.test.redis", "redis://127.0.0.1:6379");

    @Test
    void twoNodesCountTheSameRequests() {
        RateLimitProperties.Policy policy = new RateLimitProperties.Policy(3, Duration.ofMinutes(1));
        String key = "sign-in:address:" + UUID.randomUUID();
        try (RedisBuckets first = new RedisBuckets(REDIS); RedisBuckets second = new RedisBuckets(REDIS)) {
            assertThat(first.consume(key, policy).isConsumed()).isTrue();
            assertThat(second.consume(key, policy).isConsumed()).isTrue();
            assertThat(first.consume(key, policy).getRemainingTokens()).isZero();
            assertThat(second.consume(key, policy).isConsumed()).isFalse();
        }
    }
}
