package com.mediapatch.social;

import java.util.Objects;
import java.util.UUID;

/** Identifies a pending friend request. */
public record FriendRequestId(UUID value) {

    public FriendRequestId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads the id from a path; text that is not an id names no request, so it is the same fact as an unknown id.
     * Spring binds path variables of this type with it.
     */
    public static FriendRequestId valueOf(String text) {
        try {
            return new FriendRequestId(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new FriendRequestNotFound("No such friend request.");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
