package com.mediapatch.messaging;

/**
 * There is no such conversation or message, or the caller is not in it: the two look the same (404), so a
 * conversation's existence is never revealed.
 */
public class ConversationNotFound extends MessagingProblem {

    ConversationNotFound() {
        super(CONVERSATION_NOT_FOUND, "There is no such conversation.");
    }
}
