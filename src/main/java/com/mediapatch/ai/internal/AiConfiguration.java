package com.mediapatch.ai.internal;

import java.time.Duration;

import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;
import com.mediapatch.vault.SealedColumn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's settings, its sealed key column (re-encrypted by key rotation) and the rate-limit policy every AI
 * route shares ({@code ai}: the assistant's routes use it too).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AiProperties.class)
class AiConfiguration {

    public static final String POLICY = "ai";

    @Bean
    SealedColumn aiConnectionKeys() {
        return ConnectionStore.KEY;
    }

    @Bean
    RateLimitPolicy aiRateLimit() {
        return new RateLimitPolicy(POLICY, 30, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule aiGodRule() {
        return RateLimitRule.post("ai.god", "/god/ai", POLICY);
    }
}
