package com.mediapatch.messaging.web;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Messages with the unread count, reloaded on every page when the live channel brings a new,
 * edited or deleted message, and when the conversation page reports having read one.
 */
@Configuration(proxyBeanMethods = false)
class MessagingNavLink {

    @Bean
    NavLink messagesNavEntry() {
        return new NavLink("Messages", MessagingRoutes.CONVERSATIONS, 60, Audience.signedInMembers(),
                new NavLink.Badge("unread-badge", MessagingRoutes.UNREAD_BADGE, "load, live-refresh, messages:unread from:body",
                        "messages.new messages.edit messages.delete", false));
    }
}
