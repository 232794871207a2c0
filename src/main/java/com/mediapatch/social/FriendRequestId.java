package com.mediapatch.social;

import java.util.Objects;
import java.util.UUID;

/** Identifies a pending friend request. */
public record FriendRequestId(UUID value) {

    public FriendRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
