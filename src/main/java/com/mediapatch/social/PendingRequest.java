package com.mediapatch.social;

import java.time.Instant;

import com.mediapatch.profiles.ProfileSummary;

/**
 * A friend request waiting for an answer, with the member on the other side.
 *
 * @param id the request
 * @param member who sent it (incoming) or who it went to (outgoing)
 * @param sentAt when it was sent
 */
public record PendingRequest(FriendRequestId id, ProfileSummary member, Instant sentAt) {
}
