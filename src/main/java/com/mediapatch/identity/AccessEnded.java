package com.mediapatch.identity;

import java.time.Instant;

/**
 * A member's access ended: what ended is the rule of the reason. Modules holding their own
 * connections for the member (the live channel) close them.
 *
 * @param account whose access ended
 * @param reason why, and so what ended
 * @param at when
 */
public record AccessEnded(AccountId account, EndAccessReason reason, Instant at) {
}
