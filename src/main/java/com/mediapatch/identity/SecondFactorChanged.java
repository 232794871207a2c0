package com.mediapatch.identity;

import java.time.Instant;

/**
 * A second factor was added, used up or removed, for the audit log.
 *
 * @param account whose factor
 * @param change what happened
 * @param at when
 */
public record SecondFactorChanged(AccountId account, Change change, Instant at) {

    /** Kinds of change to a member's second factors. */
    public enum Change {
        AUTHENTICATOR_ENROLLED, AUTHENTICATOR_REMOVED, RECOVERY_CODES_REGENERATED, RECOVERY_CODE_USED,
        PASSKEY_REMOVED
    }
}
