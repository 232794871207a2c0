package com.mediapatch.godmode.internal;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step-up code prompt is limited like every other code entry (identity's {@code code-entry} policy). */
@Configuration(proxyBeanMethods = false)
class GodModeRateLimits {

    @Bean
    RateLimitRule stepUpRule() {
        return RateLimitRule.post("godmode.step-up", GodModeRoutes.STEP_UP, "code-entry");
    }
}
