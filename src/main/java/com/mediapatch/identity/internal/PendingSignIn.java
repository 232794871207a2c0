package com.mediapatch.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import com.mediapatch.identity.AccountId;

/**
 * A sign-in whose password was right and whose code is still to come, kept in the session
 * for a few minutes. Nothing is signed in until the code is accepted.
 *
 * @param account who is signing in
 * @param email the address typed
 * @param passwordAcceptedAt when the first step succeeded
 */
public record PendingSignIn(AccountId account, String email, Instant passwordAcceptedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = "mediapatch.identity.pendingSignIn";
    static final Duration LIFETIME = Duration.ofMinutes(5);

    boolean expired(Instant now) {
        return now.isAfter(passwordAcceptedAt.plus(LIFETIME));
    }
}
