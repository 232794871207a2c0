package com.mediapatch.messaging.web;

import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Direct messages and group chats, on the home page. */
@Configuration(proxyBeanMethods = false)
class MessagingShowcase {

    @Bean
    Showcase messagingOnHomePage() {
        return new Showcase("Messages",
                "Talk one to one or in group chats, live, with every message encrypted at rest.",
                MessagingRoutes.CONVERSATIONS, 30);
    }
}
