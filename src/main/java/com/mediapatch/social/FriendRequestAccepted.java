package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** The recipient accepted a friend request: {@code from} and {@code to} are friends now. */
public record FriendRequestAccepted(FriendRequestId requestId, AccountId from, AccountId to, Instant at) {
}
