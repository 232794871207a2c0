package com.mediapatch.notifications;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** No notification with that id belongs to the member asking (someone else's looks the same as none). */
public class NotificationNotFound extends DomainProblem {

    public NotificationNotFound() {
        super(ProblemType.NOT_FOUND, "There is no such notification.");
    }
}
