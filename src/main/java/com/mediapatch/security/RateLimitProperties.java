package com.mediapatch.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits ({@code mediapatch.security.rate-limits.*}): named policies and which requests
 * each applies to. Everything not matched by a route uses the policy named {@code default}.
 *
 * @param enabled whether limits are enforced
 * @param redisUrl Redis holding the buckets so all nodes share them; empty keeps them in this process
 * @param policies name to capacity and the period in which it refills
 * @param routes "METHOD /path-prefix policy-name", first match wins
 */
@Validated
@ConfigurationProperties("mediapatch.security.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String redisUrl,
        @NotNull Map<String, @Valid Policy> policies, @DefaultValue({}) List<String> routes) {

    /**
     * A token bucket: {@code capacity} requests, refilled evenly over {@code period}.
     *
     * @param capacity requests allowed in a burst
     * @param period time to refill the whole capacity
     */
    public record Policy(@Min(1) long capacity, @NotNull Duration period) {
    }
}
