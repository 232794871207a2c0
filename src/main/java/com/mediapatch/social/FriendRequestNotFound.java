package com.mediapatch.social;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** No pending request the member may act on: none, someone else's, or already answered. */
public class FriendRequestNotFound extends ConnectionRefused {

    public static final ProblemType TYPE = new ProblemType("friend-request-not-found", "Friend request not found", HttpStatus.NOT_FOUND,
            "There is no pending friend request with this id that you may answer or cancel.");

    public FriendRequestNotFound(String detail) {
        super(TYPE, detail);
    }
}
