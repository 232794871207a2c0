package com.mediapatch.messaging.internal;

import java.time.Duration;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every POST under /messages (sending, edits, typing, read marks) shares one budget; creating groups has its own, tighter one (the longer prefix wins). */
@Configuration(proxyBeanMethods = false)
class MessagingRateLimits {

    private static final String API_CONVERSATIONS = "/api/v1/conversations";

    @Bean
    RateLimitPolicy messagesRateLimit() {
        return new RateLimitPolicy("messages", 120, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitPolicy groupCreationRateLimit() {
        return new RateLimitPolicy("group-creation", 10, Duration.ofHours(1));
    }

    @Bean
    RateLimitPolicy friendSearchRateLimit() {
        return new RateLimitPolicy("friend-search", 120, Duration.ofMinutes(1));
    }

    /** The friend pickers ask as the member types: a budget of their own, so typing never eats the sending one. */
    @Bean
    RateLimitRule friendSearchRule() {
        return new RateLimitRule("messaging.friend-search", "GET", MessagingRoutes.FRIEND_CHOICES, "friend-search");
    }

    @Bean
    RateLimitRule messagesRule() {
        return RateLimitRule.post("messaging.messages", MessagingRoutes.CONVERSATIONS, "messages");
    }

    @Bean
    RateLimitRule apiMessagesRule() {
        return RateLimitRule.post("messaging.api-messages", API_CONVERSATIONS, "messages");
    }

    @Bean
    RateLimitRule groupCreationRule() {
        return RateLimitRule.post("messaging.group-creation", MessagingRoutes.GROUPS, "group-creation");
    }

    @Bean
    RateLimitRule apiGroupCreationRule() {
        return RateLimitRule.post("messaging.api-group-creation", API_CONVERSATIONS + "/groups", "group-creation");
    }
}
