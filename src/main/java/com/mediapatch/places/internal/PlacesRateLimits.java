package com.mediapatch.places.internal;

import java.time.Duration;

import com.mediapatch.places.PlaceRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** City suggestions come with every key press (htmx waits for a pause): generous for typing, bounded for scraping. */
@Configuration(proxyBeanMethods = false)
class PlacesRateLimits {

    @Bean
    RateLimitPolicy placeSuggestionsRateLimit() {
        return new RateLimitPolicy("place-suggestions", 120, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule placeSuggestionsRule() {
        return new RateLimitRule("places.suggestions", "GET", PlaceRoutes.SUGGESTIONS, "place-suggestions");
    }
}
