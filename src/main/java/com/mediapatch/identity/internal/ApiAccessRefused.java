package com.mediapatch.identity.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** An API request came without a usable token, or with one that lacks the handler's scope. */
class ApiAccessRefused extends DomainProblem {

    ApiAccessRefused(ProblemType type, String detail) {
        super(type, detail);
    }
}
