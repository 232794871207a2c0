package com.mediapatch.identity;

import java.time.Instant;

/**
 * Someone signed up; their email is not verified yet.
 *
 * @param account the new account
 * @param email its address
 * @param displayName the name they chose to be shown under
 * @param at when
 */
public record AccountRegistered(AccountId account, String email, String displayName, Instant at) {
}
