package com.mediapatch.identity;

import java.time.Instant;

/** A member ended their own session, or ended others from Devices and sessions. */
public record SignedOut(AccountId account, int sessionsEnded, Instant at) {
}
