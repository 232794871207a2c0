package com.mediapatch.kitcheck;

import java.time.Duration;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;
import com.mediapatch.shared.web.NavLink;
import com.mediapatch.shared.web.SettingsLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything a throw-away module contributes, declared in its own package only: a main
 * navigation entry (for holders of {@link #VISIT}, so other tests' pages do not show it), a
 * settings link, a rate-limit policy with its rule, and an API scope.
 */
@Configuration(proxyBeanMethods = false)
class KitCheckModule {

    static final String PAGE = "/kitcheck";
    static final String PINGS = "/kitcheck/pings";
    static final String API = "/api/v1/kitcheck";
    static final String VISIT = "kitcheck.visit";
    static final String READ = "kitcheck:read";
    static final String POLICY = "kitcheck";

    @Bean
    NavLink kitCheckNavEntry() {
        return new NavLink("Kit check", PAGE, 90, NavLink.Audience.holdersOf(VISIT));
    }

    @Bean
    SettingsLink kitCheckSettingsEntry() {
        return new SettingsLink("Kit check", PAGE, 900);
    }

    @Bean
    RateLimitPolicy kitCheckRateLimit() {
        return new RateLimitPolicy(POLICY, 2, Duration.ofHours(1));
    }

    @Bean
    RateLimitRule kitCheckPingsRule() {
        return RateLimitRule.post("kitcheck.pings", PINGS, POLICY);
    }

    @Bean
    ApiScope kitCheckReadScope() {
        return new ApiScope(READ, "Read the kit check");
    }
}
