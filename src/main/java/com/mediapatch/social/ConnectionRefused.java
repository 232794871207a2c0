package com.mediapatch.social;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/**
 * Refused: what a member asked of a connection does not fit how the two stand (friends already, a request
 * already sent or gone, not friends, oneself). Pages show it where the member acted; the API answers it with
 * its own problem type. A member who is not there is a different fact, {@link MemberNotFound}.
 */
public abstract class ConnectionRefused extends DomainProblem {

    protected ConnectionRefused(ProblemType type, String detail) {
        super(type, detail);
    }
}
