package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a sign-in may be tried now, from the attempts recorded in the database
 * (so every node decides alike). Too many failures for one email, or from one address,
 * lock further tries until the window has passed since the latest failure. The same rule
 * applies to emails without an account, so the lockout reveals nothing.
 */
@Component
class SignInThrottle {

    private final SignInAttemptRepository attempts;
    private final IdentityProperties.Throttle policy;
    private final Clock clock;

    SignInThrottle(SignInAttemptRepository attempts, IdentityProperties properties, Clock clock) {
        this.attempts = attempts;
        this.policy = properties.throttle();
        this.clock = clock;
    }

    /** How long until this email may try again from this address, if it is locked now. */
    @Transactional(readOnly = true)
    Optional<Duration> lockedFor(String email, String ip) {
        Instant now = clock.instant();
        Instant since = now.minus(policy.window());
        return latest(lockingFailure(attempts.failuresForEmail(email, since), policy.perAccount()),
                lockingFailure(attempts.failuresFromAddress(ip, since), policy.perAddress()))
                .map(failure -> Duration.between(now, failure.plus(policy.window())))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String email, String ip, boolean succeeded) {
        attempts.save(new SignInAttempt(email, ip, succeeded, clock.instant()));
    }

    /** The newest failure, once there are at least {@code limit} failures; else none. */
    private static Optional<Instant> lockingFailure(List<Instant> failuresNewestFirst, int limit) {
        return failuresNewestFirst.size() >= limit ? Optional.of(failuresNewestFirst.get(0)) : Optional.empty();
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(other -> other.isAfter(a.get())).or(() -> a);
    }
}
