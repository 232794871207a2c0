package com.mediapatch.godmode.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** A God Mode member action that does not exist. */
class MemberActionUnknown extends DomainProblem {

    MemberActionUnknown() {
        super(ProblemType.NOT_FOUND, "There is no such action.");
    }
}
