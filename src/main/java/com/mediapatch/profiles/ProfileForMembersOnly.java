package com.mediapatch.profiles;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** The owner shares this (their profile, their friends) with signed-in members, and the viewer is not signed in. */
public class ProfileForMembersOnly extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("members-only", "Shared with members only",
            HttpStatus.UNAUTHORIZED, "The member shares this with signed-in members only: sign in and it opens.")
            .offering("Sign in to see it", IdentityRoutes.SIGN_IN);

    public ProfileForMembersOnly(String detail) {
        super(TYPE, detail);
    }
}
