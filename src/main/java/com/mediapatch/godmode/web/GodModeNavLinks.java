package com.mediapatch.godmode.web;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.shared.web.GodModeLink;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** God Mode in the main navigation, for the God accounts only, and God Mode's own pages in its tabs. */
@Configuration(proxyBeanMethods = false)
class GodModeNavLinks {

    @Bean
    NavLink godModeNavEntry() {
        return new NavLink("God Mode", GodModeRoutes.DASHBOARD, 80, Audience.holdersOf("ROLE_GOD"));
    }

    @Bean
    GodModeLink godModeOverviewTab() {
        return new GodModeLink("Overview", GodModeRoutes.DASHBOARD, 10);
    }

    @Bean
    GodModeLink godModeMembersTab() {
        return new GodModeLink("Members", GodModeRoutes.MEMBERS, 20);
    }

    @Bean
    GodModeLink godModeSiteTab() {
        return new GodModeLink("Site", GodModeRoutes.SITE, 30);
    }

    @Bean
    GodModeLink godModeConsoleTab() {
        return new GodModeLink("Console", GodModeRoutes.CONSOLE, 40);
    }

    @Bean
    GodModeLink godModeAuditTab() {
        return new GodModeLink("Audit log", GodModeRoutes.AUDIT, 50);
    }
}
