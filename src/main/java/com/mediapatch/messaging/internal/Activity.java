package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * Something live happened in a conversation, for the members connected to a stream.
 *
 * @param type message, edit, delete, typing, read or members
 * @param conversationId where
 * @param messageId the message concerned, or null
 * @param seq the message's sequence number (the stream event id of new messages), or 0
 * @param actor who did it
 * @param recipients the conversation's members when it happened
 */
public record Activity(String type, UUID conversationId, UUID messageId, long seq, AccountId actor,
        List<AccountId> recipients) {

    public static final String MESSAGE = "message";
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    public static final String TYPING = "typing";
    public static final String READ = "read";

    /** One line, for the Redis relay: fields separated by spaces, recipients by commas. */
    String encode() {
        return String.join(" ", type, conversationId.toString(), messageId == null ? "-" : messageId.toString(),
                Long.toString(seq), actor.toString(),
                String.join(",", recipients.stream().map(AccountId::toString).toList()));
    }

    static Activity decode(String line) {
        String[] f = line.split(" ", -1);
        List<AccountId> recipients = f[5].isEmpty() ? List.of()
                : java.util.Arrays.stream(f[5].split(",")).map(AccountId::valueOf).toList();
        return new Activity(f[0], UUID.fromString(f[1]), "-".equals(f[2]) ? null : UUID.fromString(f[2]),
                Long.parseLong(f[3]), AccountId.valueOf(f[4]), recipients);
    }

    /** The event's data: what a client needs to fetch the rendered message. */
    String data() {
        return "{\"conversationId\":\"" + conversationId + "\",\"messageId\":\"" + (messageId == null ? "" : messageId)
                + "\",\"seq\":" + seq + ",\"actor\":\"" + actor + "\"}";
    }
}
