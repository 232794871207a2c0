package com.mediapatch.messaging;

import com.mediapatch.shared.ProblemType;

/**
 * Messaging refused what the caller asked in a conversation they may see: the member does not accept their
 * messages, their role in the group does not allow it, or the message itself was not accepted. Pages show it
 * where the caller typed; the API answers it with its own problem type.
 */
public class MessageRefused extends MessagingProblem {

    MessageRefused(ProblemType type, String detail) {
        super(type, detail);
    }
}
