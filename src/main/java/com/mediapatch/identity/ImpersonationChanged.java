package com.mediapatch.identity;

import java.time.Instant;

/** A God account began ({@code started}) or ended viewing the site as {@code member}. */
public record ImpersonationChanged(AccountId god, AccountId member, boolean started, Instant at) {
}
