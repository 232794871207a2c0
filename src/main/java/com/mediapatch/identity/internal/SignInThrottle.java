package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whether a sign-in may be tried now, from the attempts recorded in the database
 * (so every node decides alike). Too many failures for one email, or from one address,
 * lock further tries until the window has passed since the latest failure. The same rule
 * applies to emails without an account, so the lockout reveals nothing.
 * <p>
 * A try first reserves a failure, under a row lock on its email, and only then is the secret
 * checked: parallel guesses are counted one after another, so N guesses cost N failures and
 * no more than the limit are ever checked. A right secret turns the reservation into a
 * success, or releases it when the sign-in is not over yet (a second step follows).
 */
@Component
class SignInThrottle {

    private final SignInAttemptRepository attempts;
    private final IdentityProperties.Throttle policy;
    private final JdbcClient jdbc;
    private final TransactionTemplate inNewTransaction;
    private final Clock clock;

    SignInThrottle(SignInAttemptRepository attempts, IdentityProperties properties, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.attempts = attempts;
        this.policy = properties.throttle();
        this.jdbc = jdbc;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Reserves a failure for a try that is about to check a secret, unless the email or address is locked now. */
    Reservation reserve(String email, String ip) {
        openGate(email);
        return inNewTransaction.execute(status -> {
            jdbc.sql("SELECT email FROM identity_sign_in_gate WHERE email = ? FOR UPDATE").param(email)
                    .query(String.class).single();
            Optional<Duration> locked = lockedFor(email, ip);
            if (locked.isPresent()) {
                return Reservation.refused(locked.get());
            }
            return Reservation.granted(attempts.save(new SignInAttempt(email, ip, false, clock.instant())).id());
        });
    }

    /** The secret was right and the member is signed in: the reserved failure becomes a success. */
    void succeeded(Reservation reservation) {
        inNewTransaction.executeWithoutResult(status -> attempts.markSucceeded(reservation.attempt()));
    }

    /** The secret was right but the sign-in is not over (or not allowed): the try counts neither way. */
    void release(Reservation reservation) {
        inNewTransaction.executeWithoutResult(status -> attempts.deleteById(reservation.attempt()));
    }

    /** Records a finished sign-in that reserved nothing (a passkey, or a code step whose reservation was released). */
    void record(String email, String ip, boolean succeeded) {
        inNewTransaction.executeWithoutResult(status -> attempts.save(new SignInAttempt(email, ip, succeeded, clock.instant())));
    }

    private void openGate(String email) {
        if (jdbc.sql("SELECT COUNT(*) FROM identity_sign_in_gate WHERE email = ?").param(email).query(Long.class).single() > 0) {
            return;
        }
        try {
            inNewTransaction.executeWithoutResult(status ->
                    jdbc.sql("INSERT INTO identity_sign_in_gate (email) VALUES (?)").param(email).update());
        } catch (DataAccessException madeByAParallelTry) {
            // The row exists now either way; the lock below waits for it.
        }
    }

    /** How long until this email may try again from this address, if it is locked now. */
    private Optional<Duration> lockedFor(String email, String ip) {
        Instant now = clock.instant();
        Instant since = now.minus(policy.window());
        return latest(lockingFailure(attempts.failuresForEmail(email, since), policy.perAccount()),
                lockingFailure(attempts.failuresFromAddress(ip, since), policy.perAddress()))
                .map(failure -> Duration.between(now, failure.plus(policy.window())))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
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

    /**
     * A reserved failure, or the wait when the try was refused.
     *
     * @param attempt the reserved attempt row; null when refused
     * @param waitFor how long until a try is allowed again; zero when granted
     */
    record Reservation(UUID attempt, Duration waitFor) {

        static Reservation granted(UUID attempt) {
            return new Reservation(attempt, Duration.ZERO);
        }

        static Reservation refused(Duration wait) {
            return new Reservation(null, wait);
        }

        boolean locked() {
            return attempt == null;
        }

        /** Whole minutes to wait, rounded up, at least one. */
        long minutesToWait() {
            return Math.max(1, (waitFor.getSeconds() + 59) / 60);
        }
    }
}
