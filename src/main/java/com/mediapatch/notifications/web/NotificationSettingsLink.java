package com.mediapatch.notifications.web;

import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Notification settings, in the settings navigation. */
@Configuration(proxyBeanMethods = false)
class NotificationSettingsLink {

    @Bean
    SettingsLink notificationSettingsEntry() {
        return new SettingsLink("Notifications", NotificationRoutes.SETTINGS, 50);
    }
}
