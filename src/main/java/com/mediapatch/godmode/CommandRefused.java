package com.mediapatch.godmode;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** A console line that cannot run as written, with what to write instead. Nothing was executed. */
public class CommandRefused extends DomainProblem {

    public CommandRefused(String detail) {
        super(ProblemType.VALIDATION_FAILED, detail);
    }
}
