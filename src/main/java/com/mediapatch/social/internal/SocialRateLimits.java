package com.mediapatch.social.internal;

import java.time.Duration;

import com.mediapatch.social.SocialRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Friend requests, from pages and the API. */
@Configuration(proxyBeanMethods = false)
class SocialRateLimits {

    @Bean
    RateLimitPolicy friendRequestsRateLimit() {
        return new RateLimitPolicy("friend-requests", 30, Duration.ofHours(1));
    }

    @Bean
    RateLimitRule friendRequestsRule() {
        return RateLimitRule.post("social.friend-requests", SocialRoutes.REQUESTS, "friend-requests");
    }

    @Bean
    RateLimitRule apiFriendRequestsRule() {
        return RateLimitRule.post("social.api-friend-requests", "/api/v1" + SocialRoutes.REQUESTS, "friend-requests");
    }
}
