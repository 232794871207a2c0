package com.mediapatch.godmode.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** A God Mode page about something that does not exist (an account id, an audit entry). */
class NotFound extends DomainProblem {

    NotFound(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
