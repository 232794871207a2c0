package com.mediapatch.godmode.internal;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.identity.Member;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes what a God account did (and from where) to the audit log. */
@Component
public class GodActions {

    private final ApplicationEventPublisher events;
    private final Impersonation impersonation;
    private final Clock clock;

    GodActions(ApplicationEventPublisher events, Impersonation impersonation, Clock clock) {
        this.events = events;
        this.impersonation = impersonation;
        this.clock = clock;
    }

    public void record(Member god, HttpServletRequest request, String action, String target, String reason,
            Map<String, String> details) {
        String effective = impersonation.current(request).map(state -> "member:" + state.member()).orElse(null);
        String actor = impersonation.current(request).map(state -> "member:" + state.god()).orElse("member:" + god.id());
        events.publishEvent(new AuditableAction(clock.instant(), actor, effective, "godmode." + action, target, reason,
                request.getRemoteAddr(), request.getHeader("User-Agent"), details));
    }
}
