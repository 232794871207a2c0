package com.mediapatch.search.web;

import java.time.Duration;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.search.SearchRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The site-wide search's API scope and its rate limit: the page and the API share one budget per
 * client, wide enough for someone refining a search, narrow enough that nobody scrapes the site
 * through it (each search asks every source).
 */
@Configuration(proxyBeanMethods = false)
class SearchWebContributions {

    static final String READ = "search:read";
    static final String POLICY = "site-search";

    @Bean
    ApiScope searchReadScope() {
        return new ApiScope(READ, "Search members, classified ads and more across the site");
    }

    @Bean
    RateLimitPolicy siteSearchRateLimit() {
        return new RateLimitPolicy(POLICY, 60, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitRule siteSearchPageRule() {
        return new RateLimitRule("search.page", "GET", SearchRoutes.PAGE, POLICY);
    }

    @Bean
    RateLimitRule siteSearchApiRule() {
        return new RateLimitRule("search.api", "GET", SearchRoutes.API, POLICY);
    }
}
