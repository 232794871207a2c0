package com.mediapatch.ai.web;

import com.mediapatch.ai.AiRoutes;
import com.mediapatch.shared.web.GodModeLink;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AI panel among God Mode's tabs, and each member's usage page in Settings. */
@Configuration(proxyBeanMethods = false)
class AiLinks {

    @Bean
    GodModeLink aiPanelTab() {
        return new GodModeLink("AI", AiRoutes.GOD, 60);
    }

    @Bean
    SettingsLink aiUsageSettingsEntry() {
        return new SettingsLink("AI usage", AiRoutes.MY_USAGE, 700);
    }
}
