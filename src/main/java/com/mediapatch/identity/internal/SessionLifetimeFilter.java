package com.mediapatch.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.mediapatch.shared.web.StaticAssets;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute lifetime, however active it has been
 * (idle expiry is Spring Session's own). Runs after the session repository filter and
 * before Spring Security, so the request continues signed out.
 */
@Component
@Order(-200)
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final IdentityProperties properties;
    private final Clock clock;

    SessionLifetimeFilter(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A static file never needs the session: not looking it up saves a database read per file. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticAssets.isAsset(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(properties.sessionLifetime())
                .isBefore(clock.instant())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
