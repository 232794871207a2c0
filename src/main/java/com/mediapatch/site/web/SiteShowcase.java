package com.mediapatch.site.web;

import com.mediapatch.site.SiteRoutes;
import com.mediapatch.shared.web.Showcase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API documentation, on the home page. */
@Configuration(proxyBeanMethods = false)
class SiteShowcase {

    @Bean
    Showcase siteOnHomePage() {
        return new Showcase("Open API",
                "Build your own tools on a documented JSON API with personal access tokens.",
                SiteRoutes.API_DOCS, 90);
    }
}
