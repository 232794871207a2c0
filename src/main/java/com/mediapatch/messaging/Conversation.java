package com.mediapatch.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * A conversation with its current members.
 *
 * @param id stable id, used in paths
 * @param kind direct or group
 * @param name the group's name; null for direct conversations
 * @param lastActivityAt when the last message arrived (or when it was created)
 * @param participants current members
 */
public record Conversation(UUID id, ConversationKind kind, String name, Instant lastActivityAt,
        List<Participant> participants) {

    public Optional<Participant> participant(AccountId account) {
        return participants.stream().filter(p -> p.account().equals(account)).findFirst();
    }

    public boolean hasMember(AccountId account) {
        return participant(account).isPresent();
    }

    public boolean isGroup() {
        return kind == ConversationKind.GROUP;
    }

    /** Everyone but {@code me}. */
    public List<AccountId> others(AccountId me) {
        return participants.stream().map(Participant::account).filter(a -> !a.equals(me)).toList();
    }

    public List<AccountId> members() {
        return participants.stream().map(Participant::account).toList();
    }
}
