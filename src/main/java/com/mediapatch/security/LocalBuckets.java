package com.mediapatch.security;

import java.time.Duration;

import com.mediapatch.shared.RateLimitPolicy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** Buckets in this process's memory; idle ones are forgotten after an hour. */
class LocalBuckets implements Buckets {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(200_000).build();

    @Override
    public ConsumptionProbe consume(String key, RateLimitPolicy policy) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(RateLimits.bandwidth(policy)).build())
                .tryConsumeAndReturnRemaining(1);
    }
}
