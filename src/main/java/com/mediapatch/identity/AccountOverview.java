package com.mediapatch.identity;

import java.time.Instant;
import java.util.List;

/**
 * An account as God Mode sees it: everything about access, nothing secret.
 *
 * @param id the account
 * @param email sign-in address
 * @param emailVerified whether the address is proven
 * @param createdAt when it signed up
 * @param restriction suspension or ban in force, or null
 * @param authenticatorApp whether two-step sign-in with an app is on
 * @param passkeys how many passkeys it has
 * @param roles roles assigned above member
 * @param activeSessions signed-in sessions right now
 * @param lastSignInAt last successful sign-in, or null
 */
public record AccountOverview(AccountId id, String email, boolean emailVerified, Instant createdAt, Restriction restriction,
        boolean authenticatorApp, int passkeys, List<String> roles, int activeSessions, Instant lastSignInAt) {

    public boolean twoStep() {
        return authenticatorApp || passkeys > 0;
    }
}
