package com.mediapatch.ai.web;

import com.mediapatch.ai.AiRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AI panel in the main navigation for God accounts, and each member's usage page in Settings. */
@Configuration(proxyBeanMethods = false)
class AiLinks {

    @Bean
    NavLink aiPanelNavEntry() {
        return new NavLink("AI", AiRoutes.GOD, 81, NavLink.Audience.holdersOf("ROLE_GOD"));
    }

    @Bean
    SettingsLink aiUsageSettingsEntry() {
        return new SettingsLink("AI usage", AiRoutes.MY_USAGE, 700);
    }
}
