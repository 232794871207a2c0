package com.mediapatch.classifieds.web;

import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.identity.ApiScope;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The classifieds' entry in the main navigation, their card on the home page and their API scopes. */
@Configuration(proxyBeanMethods = false)
class ClassifiedsWebContributions {

    static final String READ = "classifieds:read";
    static final String WRITE = "classifieds:write";

    @Bean
    NavLink classifiedsNavLink() {
        return new NavLink("Classifieds", ClassifiedsRoutes.LIST, 35, NavLink.Audience.everyone());
    }

    @Bean
    Showcase classifiedsShowcase() {
        return new Showcase("Classifieds",
                "Find a drummer in your city, a band that needs a bassist, a studio or a second-hand amp.",
                ClassifiedsRoutes.LIST, 40);
    }

    @Bean
    ApiScope classifiedsReadScope() {
        return new ApiScope(READ, "Read classified ads, including your own drafts");
    }

    @Bean
    ApiScope classifiedsWriteScope() {
        return new ApiScope(WRITE, "Post, edit, publish and close your classified ads");
    }
}
