package com.mediapatch.security;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts refused requests by reason, for dashboards and alerts. */
@Component
class RefusalMetrics {

    static final String METER = "mediapatch.security.refused";

    private final MeterRegistry meters;

    RefusalMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(RequestRefused refused) {
        meters.counter(METER, "reason", refused.reason().name().toLowerCase(Locale.ROOT)).increment();
    }
}
