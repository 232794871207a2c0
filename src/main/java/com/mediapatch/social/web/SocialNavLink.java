package com.mediapatch.social.web;

import com.mediapatch.social.SocialRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The friends page, in the main navigation for signed-in members. */
@Configuration(proxyBeanMethods = false)
class SocialNavLink {

    @Bean
    NavLink friendsNavEntry() {
        return new NavLink("Friends", SocialRoutes.FRIENDS, 30, Audience.signedInMembers());
    }
}
