package com.mediapatch.notifications.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** A preference named a kind of notification that does not exist. */
class UnknownNotificationKind extends DomainProblem {

    UnknownNotificationKind(String slug) {
        super(ProblemType.VALIDATION_FAILED, "There is no kind of notification called '" + slug + "'.");
    }
}
