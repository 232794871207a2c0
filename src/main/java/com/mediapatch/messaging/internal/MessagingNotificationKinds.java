package com.mediapatch.messaging.internal;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notifications {@link Messenger} raises: a new message, or one that mentions the member. */
@Configuration(proxyBeanMethods = false)
class MessagingNotificationKinds {

    @Bean
    NotificationKind messageNotifications() {
        return new NotificationKind("message", "Messages", Delivery.IN_APP, 200);
    }

    @Bean
    NotificationKind mentionNotifications() {
        return new NotificationKind("mention", "Mentions", Delivery.IN_APP, 210);
    }
}
