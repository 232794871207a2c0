package com.mediapatch.messaging;

import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Why messaging refused a request. Each fact has its own problem type: a conversation that
 * does not exist or that the caller is not in (404, so existence is not revealed), a member
 * who may not be messaged (403, without saying whether it is a block or a privacy rule), a
 * message that is too long or empty (422), and group actions the caller's role does not allow (403).
 */
public abstract class MessagingProblem extends DomainProblem {

    public static final ProblemType CONVERSATION_NOT_FOUND = new ProblemType("conversation-not-found",
            "Conversation not found", HttpStatus.NOT_FOUND,
            "There is no such conversation or message, or you are not a member of it.");
    public static final ProblemType CANNOT_MESSAGE = new ProblemType("cannot-message", "Cannot message this member",
            HttpStatus.FORBIDDEN, "The member does not accept messages from you.");
    public static final ProblemType MESSAGE_INVALID = new ProblemType("message-invalid", "Message not accepted",
            HttpStatus.UNPROCESSABLE_CONTENT, "A message must have text and stay within the length limit.");
    public static final ProblemType GROUP_ACTION_REFUSED = new ProblemType("group-action-refused",
            "Not allowed in this group", HttpStatus.FORBIDDEN,
            "Your role in the group does not allow this, or the member cannot be added.");

    MessagingProblem(ProblemType type, String detail) {
        super(type, detail);
    }

    public static ConversationNotFound conversationNotFound() {
        return new ConversationNotFound();
    }

    public static MessageRefused cannotMessage() {
        return new MessageRefused(CANNOT_MESSAGE, "You can't message this member.");
    }

    public static MessageInvalid invalid(String detail) {
        return new MessageInvalid(detail);
    }

    public static MessageRefused refused(String detail) {
        return new MessageRefused(GROUP_ACTION_REFUSED, detail);
    }

    @Configuration(proxyBeanMethods = false)
    static class Types {

        @Bean
        ProblemTypes messagingProblemTypes() {
            return () -> List.of(CONVERSATION_NOT_FOUND, CANNOT_MESSAGE, MESSAGE_INVALID, GROUP_ACTION_REFUSED);
        }
    }
}
