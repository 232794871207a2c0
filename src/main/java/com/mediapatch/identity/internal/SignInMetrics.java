package com.mediapatch.identity.internal;

import java.util.Locale;

import com.mediapatch.identity.SignInAttempted;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts by outcome in {@code mediapatch.identity.sign-in}: failures and
 * lockouts ({@code throttled}) are what alerts watch.
 */
@Component
class SignInMetrics {

    static final String METER = "mediapatch.identity.sign-in";

    private final MeterRegistry meters;

    SignInMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(SignInAttempted attempt) {
        meters.counter(METER, "outcome", attempt.outcome().name().toLowerCase(Locale.ROOT)).increment();
    }
}
