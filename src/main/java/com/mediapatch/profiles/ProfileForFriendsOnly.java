package com.mediapatch.profiles;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** The owner shares this (their profile, their friends) with their friends, and the signed-in viewer is not one. */
public class ProfileForFriendsOnly extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("friends-only", "Shared with friends only",
            HttpStatus.FORBIDDEN, "The member shares this with their friends only. A friend request may open it.");

    public ProfileForFriendsOnly(String detail) {
        super(TYPE, detail);
    }
}
