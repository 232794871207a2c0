package com.mediapatch.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why an account may not sign in: a suspension ends by itself at {@code until}; a ban
 * ({@code until} null) lasts until it is lifted.
 *
 * @param until when a suspension ends, or null for a ban
 * @param reason what the member is told
 */
public record Restriction(Instant until, String reason) {

    public boolean isBan() {
        return until == null;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** How the member is told, e.g. "suspended until 2 Dec 2026 18:00 UTC: spam". */
    public String describe() {
        String what = isBan() ? "This account is banned" : "This account is suspended until "
                + WHEN.format(until);
        return reason == null || reason.isBlank() ? what + "." : what + ". Reason: " + reason;
    }
}
