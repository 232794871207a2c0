package com.mediapatch.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * A named token bucket a module declares as a bean for its rate-limit rules: {@code capacity}
 * requests in a burst, refilled evenly over {@code period}. These are defaults: an operator
 * changes them per name with {@code mediapatch.security.rate-limits.policies.<name>.capacity}
 * and {@code .period}.
 *
 * @param name what rules refer to it by and what the {@code RateLimit-Policy} header shows
 * @param capacity requests allowed in a burst
 * @param period time to refill the whole capacity
 */
public record RateLimitPolicy(String name, long capacity, Duration period) {

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Rate limit policy " + name + " needs a positive capacity and period");
        }
    }
}
