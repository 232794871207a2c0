package com.mediapatch.profiles.web;

import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member directory and profiles, on the home page. */
@Configuration(proxyBeanMethods = false)
class ProfileShowcase {

    @Bean
    Showcase profilesOnHomePage() {
        return new Showcase("Member directory",
                "Find musicians, artists, filmmakers and writers, and show your own work on your profile.",
                ProfileRoutes.MEMBERS, 10);
    }
}
