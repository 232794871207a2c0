package com.mediapatch.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.mediapatch.operations.Installation;
import com.mediapatch.shared.RateLimitPolicy;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;

/**
 * Buckets in Redis, so every app node counts the same requests. Keys carry the installation's
 * name, so installations sharing one Redis keep separate counts. Keys expire once refilled.
 */
class RedisBuckets implements Buckets, AutoCloseable {

    private final RedisClient client;
    private final ProxyManager<byte[]> buckets;
    private final String prefix;

    RedisBuckets(String redisUrl, Installation installation) {
        this.prefix = installation.redisName("rate:");
        this.client = RedisClient.create(redisUrl);
        this.buckets = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public ConsumptionProbe consume(String key, RateLimitPolicy policy) {
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(RateLimits.bandwidth(policy)).build();
        return buckets.getProxy((prefix + key).getBytes(StandardCharsets.UTF_8), () -> configuration)
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
