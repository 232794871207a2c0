package com.mediapatch.godmode.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** An account id in a God Mode address that names no account. */
class MemberAccountNotFound extends DomainProblem {

    MemberAccountNotFound() {
        super(ProblemType.NOT_FOUND, "No account has that id.");
    }
}
