package com.mediapatch.site.web;

import com.mediapatch.site.SiteRoutes;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.NavLink.Audience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page, in the main navigation for everyone (the API documentation is linked from every page's footer). */
@Configuration(proxyBeanMethods = false)
class SiteNavLink {

    @Bean
    NavLink homeNavEntry() {
        return new NavLink("Home", SiteRoutes.HOME, 10, Audience.everyone());
    }
}
