package com.mediapatch.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * What moderation may see and do to messages: read a reported message with its edit history,
 * a reported conversation's recent messages, and hide a message. Reading is audited by the
 * caller.
 */
public interface MessageModeration {

    /** A message as moderators see it, including every earlier version. */
    record ReportedMessage(UUID id, UUID conversationId, AccountId author, String text, List<String> earlierVersions,
            boolean hidden, boolean deleted, Instant sentAt) {
    }

    Optional<ReportedMessage> message(UUID messageId);

    /** The newest messages of a conversation, newest last, for a report about the conversation. */
    List<ReportedMessage> recentMessages(UUID conversationId, int limit);

    /** Whether {@code member} takes part in the conversation, so may report it and its messages. */
    boolean isParticipant(UUID conversationId, AccountId member);

    /** Hides a message from everyone but moderators; returns false if there is no such message. */
    boolean hide(UUID messageId, AccountId moderator, String reason);
}
