package com.mediapatch.security;

import java.time.Duration;
import java.util.List;

import com.mediapatch.operations.Installation;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import io.github.bucket4j.Bandwidth;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate-limit table gathered from every module, the policies this module needs itself, and
 * where the buckets are kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, TlsProperties.class})
class RateLimits {

    @Bean
    RateLimitTable rateLimitTable(List<RateLimitRule> rules, List<RateLimitPolicy> policies,
            RateLimitProperties properties) {
        return new RateLimitTable(rules, policies, properties);
    }

    /** What every request no rule names falls under. */
    @Bean
    RateLimitPolicy defaultRateLimit() {
        return new RateLimitPolicy(RateLimitTable.DEFAULT, 300, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitPolicy captureReportsRateLimit() {
        return new RateLimitPolicy("capture-reports", 10, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule captureReportsRule() {
        return RateLimitRule.post("security.capture-reports", SecurityRoutes.CAPTURE_ATTEMPTS, "capture-reports");
    }

    @Bean
    Buckets rateLimitBuckets(RateLimitProperties properties, Installation installation) {
        return properties.redisUrl().isBlank() ? new LocalBuckets()
                : new RedisBuckets(properties.redisUrl(), installation);
    }

    static Bandwidth bandwidth(RateLimitPolicy policy) {
        return Bandwidth.builder().capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()).build();
    }
}
