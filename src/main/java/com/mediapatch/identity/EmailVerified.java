package com.mediapatch.identity;

import java.time.Instant;

/** The account's owner proved they read mail at its address. */
public record EmailVerified(AccountId account, String email, Instant at) {
}
