package com.mediapatch.godmode.web;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** God Mode, in the main navigation for the God accounts only. */
@Configuration(proxyBeanMethods = false)
class GodModeNavLink {

    @Bean
    NavLink godModeNavEntry() {
        return new NavLink("God Mode", GodModeRoutes.DASHBOARD, 80, Audience.holdersOf("ROLE_GOD"));
    }
}
