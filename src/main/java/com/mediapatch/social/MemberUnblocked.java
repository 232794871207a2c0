package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** A member lifted a block they had placed. */
public record MemberUnblocked(AccountId blocker, AccountId blocked, Instant at) {
}
