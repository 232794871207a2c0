package com.mediapatch.social.web;

import com.mediapatch.social.SocialRoutes;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Friends, blocks and mutes, on the home page. */
@Configuration(proxyBeanMethods = false)
class SocialShowcase {

    @Bean
    Showcase socialOnHomePage() {
        return new Showcase("Friends",
                "Send friend requests, see who knows whom, and block or mute anyone without them being told.",
                SocialRoutes.FRIENDS, 20);
    }
}
