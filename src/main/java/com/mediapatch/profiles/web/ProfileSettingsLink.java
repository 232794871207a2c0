package com.mediapatch.profiles.web;

import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile editor heads the settings navigation. */
@Configuration(proxyBeanMethods = false)
class ProfileSettingsLink {

    @Bean
    SettingsLink profileSettingsEntry() {
        return new SettingsLink("Profile", ProfileRoutes.EDIT, 10);
    }
}
