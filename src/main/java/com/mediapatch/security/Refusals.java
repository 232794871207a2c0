package com.mediapatch.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Publishes a {@link RequestRefused} for each refusal, and answers browsers' 403s as usual. */
@Component
public class Refusals {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refusals(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void publish(RequestRefused.Reason reason, HttpServletRequest request, String client) {
        events.publishEvent(new RequestRefused(reason, RequestShape.method(request.getMethod()), RequestShape.path(request.getRequestURI()), client,
                clock.instant()));
    }

    /** For the page filter chain: records CSRF failures and permission denials, then sends the 403 page. */
    public AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
            publish(denied instanceof CsrfException ? RequestRefused.Reason.CSRF_TOKEN_INVALID
                    : RequestRefused.Reason.ACCESS_DENIED, request, ClientIdentity.of(request));
            page.handle(request, response, denied);
        };
    }
}
