package com.mediapatch.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.operations.Installation;

import io.github.bucket4j.Bandwidth;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configured policies, which one a request falls under, and where the buckets are kept. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, TlsProperties.class})
class RateLimits {

    static final String DEFAULT = "default";

    /** One "METHOD /path-prefix policy" line of configuration. */
    record Route(String method, String pathPrefix, String policy) {

        static Route parse(String line) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("Rate limit route must be 'METHOD /path policy': " + line);
            }
            return new Route(parts[0], parts[1], parts[2]);
        }

        boolean matches(HttpServletRequest request) {
            return ("*".equals(method) || method.equalsIgnoreCase(request.getMethod()))
                    && request.getServletPath().startsWith(pathPrefix);
        }
    }

    @Bean
    Buckets rateLimitBuckets(RateLimitProperties properties, Installation installation) {
        return properties.redisUrl().isBlank() ? new LocalBuckets()
                : new RedisBuckets(properties.redisUrl(), installation);
    }

    static String policyFor(HttpServletRequest request, List<Route> routes) {
        return routes.stream().filter(route -> route.matches(request)).map(Route::policy).findFirst().orElse(DEFAULT);
    }

    static Bandwidth bandwidth(RateLimitProperties.Policy policy) {
        return Bandwidth.builder().capacity(policy.capacity()).refillGreedy(policy.capacity(), policy.period()).build();
    }
}
