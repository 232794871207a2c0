package com.mediapatch.security;

import com.mediapatch.shared.RateLimitPolicy;

import io.github.bucket4j.ConsumptionProbe;

/** Where token buckets live: in this process, or in Redis shared by every node. */
interface Buckets {

    ConsumptionProbe consume(String key, RateLimitPolicy policy);
}
