package com.mediapatch.profiles.internal;

import java.time.Duration;
import java.util.List;

import com.mediapatch.profiles.ImageRefused;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.shared.ProblemTypes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Budgets for the profile editor: saves share one, photo and banner uploads (each one decoded
 * and re-encoded) have a tight one, and tag suggestions (asked while typing) a generous one.
 * Also publishes the profiles' problem type.
 */
@Configuration(proxyBeanMethods = false)
class ProfileRateLimits {

    @Bean
    RateLimitPolicy profileEditsRateLimit() {
        return new RateLimitPolicy("profile-edits", 60, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitPolicy profileImagesRateLimit() {
        return new RateLimitPolicy("profile-images", 20, Duration.ofHours(1));
    }

    @Bean
    RateLimitPolicy tagSuggestionsRateLimit() {
        return new RateLimitPolicy("profile-tag-suggestions", 120, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule profileEditsRule() {
        return RateLimitRule.post("profiles.edits", ProfileRoutes.EDIT, "profile-edits");
    }

    @Bean
    RateLimitRule profileImagesRule() {
        return RateLimitRule.post("profiles.images", ProfileRoutes.IMAGES_EDIT, "profile-images");
    }

    @Bean
    RateLimitRule tagSuggestionsRule() {
        return new RateLimitRule("profiles.tag-suggestions", "GET", ProfileRoutes.TAG_SUGGESTIONS,
                "profile-tag-suggestions");
    }

    @Bean
    ProblemTypes profileProblems() {
        return () -> List.of(ImageRefused.TYPE);
    }
}
