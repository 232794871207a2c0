package com.mediapatch.identity;

import java.time.Instant;

/** A suspension or ban was lifted early by {@code by}. */
public record AccountRestrictionLifted(AccountId account, AccountId by, Instant at) {
}
