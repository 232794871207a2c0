package com.mediapatch.godmode.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.identity.Impersonation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a God account views the site as a member: every page view goes to the audit log,
 * nothing can be changed (the only way out is leaving or signing out), and God Mode pages
 * stay closed.
 */
@Component
@Order(-89)
class ImpersonationGuard extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD");
    private static final Set<String> WAYS_OUT = Set.of(GodModeRoutes.IMPERSONATION_END, "/sign-out");
    private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/webjars/", "/favicon.svg", "/actuator/", "/error");

    private final Impersonation impersonation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImpersonationGuard(Impersonation impersonation, ApplicationEventPublisher events, Clock clock) {
        this.impersonation = impersonation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Impersonation.State> state = impersonation.current(request);
        String path = request.getRequestURI();
        if (state.isEmpty() || WAYS_OUT.contains(path)) {
            chain.doFilter(request, response);
        } else if (!READING.contains(request.getMethod()) || path.startsWith(GodModeRoutes.DASHBOARD + "/") || path.equals(GodModeRoutes.DASHBOARD)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "You are viewing the site as another member: leave the view before changing anything.");
        } else {
            if (NOT_PAGES.stream().noneMatch(path::startsWith)) {
                recordView(state.get(), request);
            }
            chain.doFilter(request, response);
        }
    }

    private void recordView(Impersonation.State state, HttpServletRequest request) {
        String query = request.getQueryString();
        events.publishEvent(new AuditableAction(clock.instant(), "member:" + state.god(), "member:" + state.member(),
                "godmode.impersonated-page-viewed", request.getRequestURI() + (query == null ? "" : "?" + query), null,
                request.getRemoteAddr(), request.getHeader("User-Agent"), Map.of("method", request.getMethod())));
    }
}
