package com.mediapatch.moderation.web;

import com.mediapatch.identity.ApiScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filing reports through the API; reading reports stays with the moderators' pages. */
@Configuration(proxyBeanMethods = false)
class ModerationApiScopes {

    static final String REPORTS_WRITE = "reports:write";

    @Bean
    ApiScope reportsWriteScope() {
        return new ApiScope(REPORTS_WRITE, "Report members and content to the moderators");
    }
}
