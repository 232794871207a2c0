package com.mediapatch.social;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Refused: a member addressed themselves. */
public class CannotBefriendYourself extends ConnectionRefused {

    public static final ProblemType TYPE = new ProblemType("cannot-befriend-yourself", "Cannot befriend yourself", HttpStatus.UNPROCESSABLE_CONTENT,
            "A member cannot send a friend request to, block or mute themselves.");

    public CannotBefriendYourself(String detail) {
        super(TYPE, detail);
    }
}
