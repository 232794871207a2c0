package com.mediapatch.messaging.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.mediapatch.messaging.ConversationKind;
import com.mediapatch.messaging.Role;
import com.mediapatch.messaging.WhoMayMessage;

/** Request and response bodies of the messaging API. */
final class MessagingApiModels {

    private MessagingApiModels() {
    }

    record MemberJson(String account, String handle, String displayName, Role role) {
    }

    record ConversationJson(UUID id, ConversationKind kind, String name, List<MemberJson> members, long unread,
            Instant lastActivityAt) {
    }

    /** A message; {@code text} is null when deleted or hidden. */
    record MessageJson(UUID id, long seq, String author, String text, Instant sentAt, Instant editedAt, boolean deleted,
            boolean hidden) {
    }

    /** A page of history, oldest first; pass {@code nextBefore} as {@code before} for older ones (null at the start). */
    record MessagePage(List<MessageJson> messages, Long nextBefore) {
    }

    record StartDirect(@NotBlank @Size(max = 40) String handle) {
    }

    record CreateGroup(@NotBlank @Size(max = 80) String name, @NotNull @Size(max = 99) List<@NotBlank @Size(max = 40) String> handles) {
    }

    /** Message text; the length limit (default 4000) is checked by the server and answered with 422. */
    record MessageText(@NotBlank @Size(max = 20000) String text) {
    }

    record AddMember(@NotBlank @Size(max = 40) String handle) {
    }

    record ChangeRole(@NotNull Role role) {
    }

    record Rename(@NotBlank @Size(max = 80) String name) {
    }

    record Preferences(@NotNull WhoMayMessage whoMayMessage, boolean readReceipts) {
    }
}
