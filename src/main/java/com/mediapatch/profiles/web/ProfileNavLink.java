package com.mediapatch.profiles.web;

import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member directory, in the main navigation for everyone. */
@Configuration(proxyBeanMethods = false)
class ProfileNavLink {

    @Bean
    NavLink membersNavEntry() {
        return new NavLink("Members", ProfileRoutes.MEMBERS, 20, Audience.everyone());
    }
}
