package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** The recipient declined a friend request; the requester is not told. */
public record FriendRequestDeclined(FriendRequestId requestId, AccountId from, AccountId to, Instant at) {
}
