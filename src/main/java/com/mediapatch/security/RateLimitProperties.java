package com.mediapatch.security;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits ({@code mediapatch.security.rate-limits.*}). The policies and the rules saying
 * which requests they guard are declared by the modules as {@link com.mediapatch.shared.RateLimitPolicy}
 * and {@link com.mediapatch.shared.RateLimitRule} beans; here an operator only changes a policy's
 * numbers by its name.
 *
 * @param enabled whether limits are enforced
 * @param redisUrl Redis holding the buckets so all nodes share them; empty keeps them in this process
 * @param policies policy name to the capacity and/or period that replace the declared ones
 */
@Validated
@ConfigurationProperties("mediapatch.security.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String redisUrl,
        @DefaultValue({}) Map<String, @Valid Override> policies) {

    /**
     * New numbers for a declared policy; what is left out keeps its declared value.
     *
     * @param capacity requests allowed in a burst, or null
     * @param period time to refill the whole capacity, or null
     */
    public record Override(@Min(1) Long capacity, Duration period) {
    }
}
