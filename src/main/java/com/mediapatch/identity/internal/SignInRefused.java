package com.mediapatch.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused for a reason other than wrong credentials, with what to tell the person. */
class SignInRefused extends AuthenticationException {

    enum Reason {
        THROTTLED, UNVERIFIED_EMAIL
    }

    private final Reason reason;
    private final transient Duration wait;

    private SignInRefused(Reason reason, Duration wait) {
        super(reason.name());
        this.reason = reason;
        this.wait = wait;
    }

    static SignInRefused throttled(Duration wait) {
        return new SignInRefused(Reason.THROTTLED, wait);
    }

    static SignInRefused unverified() {
        return new SignInRefused(Reason.UNVERIFIED_EMAIL, Duration.ZERO);
    }

    Reason reason() {
        return reason;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    long minutesToWait() {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }
}
