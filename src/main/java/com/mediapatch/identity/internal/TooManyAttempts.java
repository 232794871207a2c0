package com.mediapatch.identity.internal;

import java.time.Duration;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** Too many failed sign-ins for this email or from this address; wait before trying again. */
public class TooManyAttempts extends DomainProblem {

    private final transient Duration wait;

    TooManyAttempts(long minutes) {
        super(ProblemType.TOO_MANY_REQUESTS, "Too many failed attempts. Try again in " + minutes + " minute"
                + (minutes == 1 ? "" : "s") + ".");
        this.wait = Duration.ofMinutes(minutes);
    }

    @Override
    public Duration retryAfter() {
        return wait;
    }
}
