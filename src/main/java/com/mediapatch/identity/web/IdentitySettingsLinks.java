package com.mediapatch.identity.web;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings pages identity owns, in the settings navigation. */
@Configuration(proxyBeanMethods = false)
class IdentitySettingsLinks {

    @Bean
    SettingsLink accountSettingsLink() {
        return new SettingsLink("Account", IdentityRoutes.ACCOUNT_SETTINGS, 20);
    }

    @Bean
    SettingsLink securitySettingsLink() {
        return new SettingsLink("Security", IdentityRoutes.SECURITY_SETTINGS, 30);
    }

    @Bean
    SettingsLink tokensSettingsLink() {
        return new SettingsLink("API tokens", IdentityRoutes.TOKENS, 40);
    }

    @Bean
    SettingsLink sessionsSettingsLink() {
        return new SettingsLink("Devices & sessions", IdentityRoutes.SESSIONS, 90);
    }
}
