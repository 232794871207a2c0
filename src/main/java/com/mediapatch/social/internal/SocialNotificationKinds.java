package com.mediapatch.social.internal;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications friend requests raise (see {@code Relationships}). */
@Configuration(proxyBeanMethods = false)
class SocialNotificationKinds {

    @Bean
    NotificationKind friendRequestNotifications() {
        return new NotificationKind("friend-request", "Friend requests", Delivery.IN_APP, 100);
    }

    @Bean
    NotificationKind friendAcceptedNotifications() {
        return new NotificationKind("friend-accepted", "Accepted friend requests", Delivery.IN_APP, 110);
    }
}
