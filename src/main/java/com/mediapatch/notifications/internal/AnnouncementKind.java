package com.mediapatch.notifications.internal;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one kind this module raises itself: announcements to every member. */
@Configuration(proxyBeanMethods = false)
class AnnouncementKind {

    @Bean
    NotificationKind announcementNotifications() {
        return new NotificationKind("announcement", "Announcements", Delivery.IN_APP, 900);
    }
}
