package com.mediapatch.notifications.web;

import com.mediapatch.identity.ApiScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications API's own scopes. */
@Configuration(proxyBeanMethods = false)
class NotificationApiScopes {

    static final String READ = "notifications:read";
    static final String WRITE = "notifications:write";

    @Bean
    ApiScope notificationsReadScope() {
        return new ApiScope(READ, "Read your notifications and notification settings");
    }

    @Bean
    ApiScope notificationsWriteScope() {
        return new ApiScope(WRITE, "Mark notifications read and change notification settings");
    }
}
