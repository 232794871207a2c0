package com.mediapatch.social;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Refused: the two are friends already. */
public class AlreadyFriends extends ConnectionRefused {

    public static final ProblemType TYPE = new ProblemType("already-friends", "Already friends", HttpStatus.CONFLICT,
            "These members are friends already.");

    public AlreadyFriends(String detail) {
        super(TYPE, detail);
    }
}
