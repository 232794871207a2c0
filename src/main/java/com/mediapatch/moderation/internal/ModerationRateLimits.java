package com.mediapatch.moderation.internal;

import java.time.Duration;

import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filing reports, from pages and the API: enough for honest use, too few to flood the moderators. */
@Configuration(proxyBeanMethods = false)
class ModerationRateLimits {

    @Bean
    RateLimitPolicy reportsRateLimit() {
        return new RateLimitPolicy("reports", 10, Duration.ofHours(1));
    }

    @Bean
    RateLimitRule reportsRule() {
        return RateLimitRule.post("moderation.reports", ModerationRoutes.REPORTS, "reports");
    }

    @Bean
    RateLimitRule apiReportsRule() {
        return RateLimitRule.post("moderation.api-reports", "/api/v1" + ModerationRoutes.REPORTS, "reports");
    }
}
