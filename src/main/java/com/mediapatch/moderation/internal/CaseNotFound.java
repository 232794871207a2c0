package com.mediapatch.moderation.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** No moderation case has that id. */
public class CaseNotFound extends DomainProblem {

    public CaseNotFound() {
        super(ProblemType.NOT_FOUND, "There is no such case.");
    }
}
