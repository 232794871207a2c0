package com.mediapatch.profiles;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** No profile has the handle asked for, or its owner blocked the viewer (which is never revealed). */
public class ProfileNotFound extends DomainProblem {

    public ProfileNotFound() {
        super(ProblemType.NOT_FOUND, "No member has this handle.");
    }
}
