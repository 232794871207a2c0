package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** The requester took a friend request back before it was answered. */
public record FriendRequestCancelled(FriendRequestId requestId, AccountId from, AccountId to, Instant at) {
}
