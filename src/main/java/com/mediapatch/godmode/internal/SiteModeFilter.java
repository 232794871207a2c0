package com.mediapatch.godmode.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.godmode.SiteState;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces maintenance and read-only mode for everyone but God accounts. Signing in and out
 * always works (God accounts have to get in), as do static files and health checks.
 */
@Component
@Order(-90) // after Spring Security, so the God role is known
class SiteModeFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "300";
    private static final List<String> ALWAYS_OPEN = List.of("/sign-in", "/sign-out", "/login/webauthn", "/webauthn/",
            "/css/", "/js/", "/webjars/", "/favicon.svg", "/actuator/health", "/error", "/god/step-up");
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final SiteSettings settings;

    SiteModeFilter(SiteSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SiteState state = settings.state();
        boolean closed = state.maintenance() || state.readOnly() && !READING.contains(request.getMethod());
        // Who asks and for what is looked at only while the site is closed to this request: the usual case costs nothing.
        if (closed && !request.isUserInRole("GOD") && ALWAYS_OPEN.stream().noneMatch(request.getRequestURI()::startsWith)) {
            refuse(response, state.maintenance() ? "The Media Patch is down for maintenance. Please come back in a few minutes."
                    : "The Media Patch is read-only for a little while: you can look around, but changes can't be saved right now.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
    }
}
