package com.mediapatch.site.web;

import com.mediapatch.site.SiteRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page and the API documentation, in the main navigation for everyone. */
@Configuration(proxyBeanMethods = false)
class SiteNavLinks {

    @Bean
    NavLink homeNavEntry() {
        return new NavLink("Home", SiteRoutes.HOME, 10, Audience.everyone());
    }

    @Bean
    NavLink apiDocsNavEntry() {
        return new NavLink("API", SiteRoutes.API_DOCS, 40, Audience.everyone());
    }
}
