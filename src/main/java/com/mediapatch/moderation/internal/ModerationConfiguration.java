package com.mediapatch.moderation.internal;

import com.mediapatch.moderation.ModerationProblem;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the moderation problem types so their URIs resolve to explanations. */
@Configuration(proxyBeanMethods = false)
class ModerationConfiguration {

    @Bean
    ProblemTypes moderationProblemTypes() {
        return () -> ModerationProblem.TYPES;
    }
}
