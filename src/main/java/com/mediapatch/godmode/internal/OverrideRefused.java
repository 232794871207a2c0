package com.mediapatch.godmode.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** An override that cannot run as asked (no reason, a date in the past...), with what to fix. */
public class OverrideRefused extends DomainProblem {

    public OverrideRefused(String detail) {
        super(ProblemType.VALIDATION_FAILED, detail);
    }
}
