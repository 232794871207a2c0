package com.mediapatch.social;

import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Refused: a friend request between the two is already pending. */
public class AlreadyRequested extends ConnectionRefused {

    public static final ProblemType TYPE = new ProblemType("already-requested", "Already requested", HttpStatus.CONFLICT,
            "A friend request between these members is already waiting for an answer.");

    public AlreadyRequested(String detail) {
        super(TYPE, detail);
    }
}
