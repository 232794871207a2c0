package com.mediapatch.social;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Refused: the two are not friends. */
public class NotFriends extends ConnectionRefused {

    public static final ProblemType TYPE = new ProblemType("not-friends", "Not friends", HttpStatus.NOT_FOUND,
            "You are not friends with this member.");

    public NotFriends(String detail) {
        super(TYPE, detail);
    }
}
