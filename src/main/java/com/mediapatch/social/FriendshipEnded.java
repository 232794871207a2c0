package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.identity.AccountId;

/** Two members are no longer friends: one unfriended or blocked the other. */
public record FriendshipEnded(AccountId one, AccountId other, Instant at) {
}
