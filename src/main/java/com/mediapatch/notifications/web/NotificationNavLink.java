package com.mediapatch.notifications.web;

import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bell: the notification centre with its unread count, reloaded when the live channel says so. */
@Configuration(proxyBeanMethods = false)
class NotificationNavLink {

    @Bean
    NavLink notificationsNavEntry() {
        return new NavLink("Notifications", NotificationRoutes.CENTRE, 50, Audience.signedInMembers(),
                new NavLink.Badge("notification-bell", NotificationRoutes.BADGE, "load, live-refresh",
                        "notifications.changed", true));
    }
}
