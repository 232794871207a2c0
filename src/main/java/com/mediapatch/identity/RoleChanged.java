package com.mediapatch.identity;

import java.time.Instant;

/**
 * A role was given or taken away, for the audit log.
 *
 * @param account whose role
 * @param role the role's name
 * @param granted true when given, false when taken away
 * @param by who did it
 * @param at when
 */
public record RoleChanged(AccountId account, String role, boolean granted, AccountId by, Instant at) {
}
