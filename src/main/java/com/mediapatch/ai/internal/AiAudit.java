package com.mediapatch.ai.internal;

import java.time.Clock;
import java.util.Map;

import com.mediapatch.audit.AuditableAction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes each change God makes to the AI set-up to the audit log: ids, names and settings, never keys or prompts. */
@Component
class AiAudit {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AiAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(GodChange change, String action, String target, Map<String, String> details) {
        events.publishEvent(new AuditableAction(clock.instant(), "member:" + change.god().value(), null, "ai." + action, target,
                null, change.address(), change.userAgent(), details));
    }
}
