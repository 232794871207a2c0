package com.mediapatch.identity;

import java.time.Instant;

/** An account was suspended ({@code until} set) or banned ({@code until} null) by {@code by}. */
public record AccountRestricted(AccountId account, Instant until, String reason, AccountId by, Instant at) {
}
