package com.mediapatch.classifieds.internal;

import java.time.Duration;

import com.mediapatch.classifieds.ClassifiedsProblem;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;
import com.mediapatch.shared.ProblemTypes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the classifieds contribute: their problem types, the “ad expiring” notification, and rate limits.
 * Creating an ad (the form, and every write through the API) has a tight budget; the other steps on an ad
 * share a wider one.
 */
@Configuration(proxyBeanMethods = false)
class ClassifiedsConfiguration {

    static final String CREATION = "ad-creation";
    static final String STEPS = "ad-steps";

    @Bean
    ProblemTypes classifiedsProblemTypes() {
        return () -> ClassifiedsProblem.TYPES;
    }

    @Bean
    NotificationKind adExpiringNotifications() {
        return new NotificationKind(ExpiryReminders.KIND, "Ads about to expire", Delivery.IN_APP, 400);
    }

    @Bean
    NotificationKind savedSearchMatchNotifications() {
        return new NotificationKind(SavedSearchAlerts.KIND, "New ads matching a saved search", Delivery.EMAIL, 410);
    }

    @Bean
    RateLimitPolicy adCreationRateLimit() {
        return new RateLimitPolicy(CREATION, 20, Duration.ofHours(1));
    }

    @Bean
    RateLimitPolicy adStepsRateLimit() {
        return new RateLimitPolicy(STEPS, 60, Duration.ofMinutes(1));
    }

    /**
     * Reading ads: the page (searched as the visitor types, a phrase costing an embedding), and through the API the
     * list, the ranked search and single ads.
     */
    @Bean
    RateLimitPolicy adReadsRateLimit() {
        return new RateLimitPolicy("ad-reads", 120, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule adReadsRule() {
        return new RateLimitRule("classifieds.reads", "GET", ClassifiedsRoutes.LIST, "ad-reads");
    }

    @Bean
    RateLimitRule adApiReadsRule() {
        return new RateLimitRule("classifieds.api-reads", "GET", ClassifiedsRoutes.API, "ad-reads");
    }

    @Bean
    RateLimitRule adCreationRule() {
        return RateLimitRule.post("classifieds.creation", ClassifiedsRoutes.NEW, CREATION);
    }

    @Bean
    RateLimitRule adApiWritesRule() {
        return RateLimitRule.post("classifieds.api-writes", ClassifiedsRoutes.API, CREATION);
    }

    @Bean
    RateLimitRule adStepsRule() {
        return RateLimitRule.post("classifieds.steps", ClassifiedsRoutes.LIST, STEPS);
    }
}
