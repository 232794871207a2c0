package com.mediapatch.moderation.web;

import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The moderation queue, in the main navigation for those who review reports. */
@Configuration(proxyBeanMethods = false)
class ModerationNavLink {

    @Bean
    NavLink moderationNavEntry() {
        return new NavLink("Moderation", ModerationRoutes.QUEUE, 70, Audience.holdersOf("moderation.review"));
    }
}
