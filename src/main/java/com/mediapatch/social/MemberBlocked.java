package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** A member blocked another: from now on neither reaches the other. Private: never shown to the blocked member. */
public record MemberBlocked(AccountId blocker, AccountId blocked, Instant at) {
}
