package com.mediapatch.messaging.web;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messaging settings (who may write, read receipts), in the settings navigation. */
@Configuration(proxyBeanMethods = false)
class MessagingSettingsLink {

    @Bean
    SettingsLink messagingSettingsEntry() {
        return new SettingsLink("Messages", MessagingRoutes.SETTINGS, 60);
    }
}
