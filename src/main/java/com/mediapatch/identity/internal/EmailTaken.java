package com.mediapatch.identity.internal;

import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.DomainProblem;

/** Sign-up with an address that already has an account. */
public class EmailTaken extends DomainProblem {

    EmailTaken() {
        super(ProblemType.CONFLICT, "An account with this email already exists. Sign in, or reset your password.");
    }
}
