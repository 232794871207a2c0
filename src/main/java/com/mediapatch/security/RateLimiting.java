package com.mediapatch.security;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.shared.RateLimitPolicy;

import io.github.bucket4j.ConsumptionProbe;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A rate limit on every request: per signed-in member (read from the session, since this runs
 * before Spring Security so sign-in attempts are limited too), otherwise per client address.
 * Responses carry the IETF RateLimit and RateLimit-Policy headers; refusals are 429 with
 * Retry-After, answered as the friendly page or a problem detail like every other error.
 */
@Component
@Order(-150)
class RateLimiting extends OncePerRequestFilter {

    private final RateLimitProperties properties;
    private final RateLimitTable table;
    private final Buckets buckets;
    private final Refusals refusals;

    RateLimiting(RateLimitProperties properties, RateLimitTable table, Buckets buckets, Refusals refusals) {
        this.properties = properties;
        this.table = table;
        this.buckets = buckets;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimitPolicy policy = table.policyFor(request);
        String name = policy.name();
        String client = ClientIdentity.of(request);
        ConsumptionProbe probe = buckets.consume(name + ":" + client, policy);
        response.setHeader("RateLimit-Policy", "\"" + name + "\";q=" + policy.capacity() + ";w="
                + policy.period().toSeconds());
        response.setHeader("RateLimit", "\"" + name + "\";r=" + probe.getRemainingTokens() + ";t="
                + seconds(probe.getNanosToWaitForReset()));
        if (!probe.isConsumed()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, seconds(probe.getNanosToWaitForRefill()))));
            refusals.publish(RequestRefused.Reason.RATE_LIMITED, request, client);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many requests");
            return;
        }
        chain.doFilter(request, response);
    }

    private static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L);
    }
}
