package com.mediapatch.identity;

import java.time.Instant;

/** A member moved their account to a new, proven email address. */
public record EmailChanged(AccountId account, String from, String to, Instant at) {
}
