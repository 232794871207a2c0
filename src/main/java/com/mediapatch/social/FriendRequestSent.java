package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** A member asked another to be friends. */
public record FriendRequestSent(FriendRequestId requestId, AccountId from, AccountId to, Instant at) {
}
