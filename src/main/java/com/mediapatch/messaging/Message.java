package com.mediapatch.messaging;

import java.time.Instant;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * A message as members see it: the decrypted text, or none when it was deleted or hidden.
 *
 * @param id stable id
 * @param seq position in the global message order; keyset pagination and stream event ids use it
 * @param conversationId where it was sent
 * @param author who wrote it
 * @param text current text; empty when deleted or hidden
 * @param sentAt when it was sent
 * @param editedAt when it was last edited, or null
 * @param deleted whether the author deleted it
 * @param hidden whether a moderator hid it
 */
public record Message(UUID id, long seq, UUID conversationId, AccountId author, String text, Instant sentAt,
        Instant editedAt, boolean deleted, boolean hidden) {

    public boolean visible() {
        return !deleted && !hidden;
    }
}
