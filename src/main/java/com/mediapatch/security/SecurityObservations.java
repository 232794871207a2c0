package com.mediapatch.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No observation per security filter, authentication or authorization decision: they cost
 * more per request than the filters they time (see bench/request-path). The request timer
 * (http.server.requests) stays, and refusals are counted where they happen.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
