package com.mediapatch.audit;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** A proof was asked for sizes or entries the log does not have. */
public class ProofUnavailable extends DomainProblem {

    ProofUnavailable(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
