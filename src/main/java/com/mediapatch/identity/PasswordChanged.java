package com.mediapatch.identity;

import java.time.Instant;

/**
 * The account's password was replaced.
 *
 * @param account whose password
 * @param byReset true when done through an emailed reset link rather than from settings
 * @param at when
 */
public record PasswordChanged(AccountId account, boolean byReset, Instant at) {
}
