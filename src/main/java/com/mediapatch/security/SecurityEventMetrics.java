package com.mediapatch.security;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts refused requests by reason, suspicious input by kind and capture attempts, for dashboards and alerts. */
@Component
class SecurityEventMetrics {

    static final String METER = "mediapatch.security.refused";
    static final String SUSPICIOUS = "mediapatch.security.suspicious";
    static final String CAPTURES = "mediapatch.security.capture.attempts";

    private final MeterRegistry meters;

    SecurityEventMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(RequestRefused refused) {
        meters.counter(METER, "reason", refused.reason().name().toLowerCase(Locale.ROOT)).increment();
    }

    @EventListener
    void on(SuspiciousInputSeen seen) {
        meters.counter(SUSPICIOUS, "kind", seen.kind().name().toLowerCase(Locale.ROOT)).increment();
    }

    @EventListener
    void on(CaptureAttempted attempted) {
        meters.counter(CAPTURES).increment();
    }
}
