package com.mediapatch.identity;

import java.time.Instant;

/**
 * A security event for every sign-in attempt, successful or not, for the audit log.
 *
 * @param email the address that was typed (lower-cased), even when no account has it
 * @param account the account signed into, or null when the attempt failed
 * @param ip the client address
 * @param userAgent the browser or client, as it describes itself
 * @param outcome what happened
 * @param at when
 */
public record SignInAttempted(String email, AccountId account, String ip, String userAgent, Outcome outcome,
        Instant at) {

    /** How an attempt ended. */
    public enum Outcome {
        SUCCEEDED, BAD_CREDENTIALS, THROTTLED, UNVERIFIED_EMAIL, RESTRICTED, SECOND_FACTOR_REQUIRED, BAD_SECOND_FACTOR
    }
}
