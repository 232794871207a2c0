package com.mediapatch.profiles.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** Another member already uses this handle. */
public class HandleTaken extends DomainProblem {

    HandleTaken(String handle) {
        super(ProblemType.CONFLICT, "The handle @" + handle + " is taken. Try another.");
    }
}
