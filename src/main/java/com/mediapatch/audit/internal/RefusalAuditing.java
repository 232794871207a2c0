package com.mediapatch.audit.internal;

import java.time.Clock;

import jakarta.annotation.PreDestroy;

import com.mediapatch.security.RequestRefused;
import com.mediapatch.security.SuspiciousInputSeen;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits refused requests (rate limits, CSRF failures, permission denials, oversized bodies)
 * and suspicious input by aggregation, not one by one: each (reason, client) gets one entry per window (a minute
 * by default, mediapatch.audit.refusal-window) with the count and up to five of the refused
 * paths, written once the window has ended. The entry's time is the window's start, its
 * actor the client ("member:..." or "address:..."), its reason the refusal reason. Refusals
 * are counted in memory, synchronously and cheaply on the refusing request's thread, so
 * counts of windows still open when a node crashes are lost; an orderly shutdown writes them.
 * Each node counts its own requests.
 */
@Component
class RefusalAuditing {

    /** Open windows kept at most before further clients are counted together. */
    static final int MAX_OPEN_WINDOWS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(RefusalAuditing.class);

    private final RefusalWindows windows;
    private final AuditChain chain;
    private final Clock clock;

    RefusalAuditing(AuditProperties properties, AuditChain chain, Clock clock) {
        this.windows = new RefusalWindows(properties.refusalWindow(), MAX_OPEN_WINDOWS);
        this.chain = chain;
        this.clock = clock;
    }

    @EventListener(id = "audit.on-request-refused")
    void on(RequestRefused refused) {
        windows.add(refused);
    }

    @EventListener(id = "audit.on-suspicious-input-seen")
    void on(SuspiciousInputSeen seen) {
        windows.add(seen);
    }

    /** Writes the windows that have ended. */
    void writeEnded() {
        windows.takeEnded(clock.instant()).forEach(chain::append);
    }

    @PreDestroy
    void writeAll() {
        try {
            windows.takeAll().forEach(chain::append);
        } catch (RuntimeException e) {
            log.warn("Refused-request counts could not be written to the audit log at shutdown: {}", e.toString());
        }
    }
}
