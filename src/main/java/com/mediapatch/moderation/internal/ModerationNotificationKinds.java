package com.mediapatch.moderation.internal;

import com.mediapatch.notifications.Delivery;
import com.mediapatch.notifications.NotificationKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification {@link CaseDecisions} raises when a report is resolved or a member warned. */
@Configuration(proxyBeanMethods = false)
class ModerationNotificationKinds {

    @Bean
    NotificationKind moderationOutcomeNotifications() {
        return new NotificationKind(CaseDecisions.OUTCOME, "Outcomes of reports and warnings", Delivery.EMAIL, 300);
    }
}
