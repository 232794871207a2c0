package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveEvent;
import com.mediapatch.live.LiveKind;

/**
 * Something live happened in a conversation, for the members' open tabs (over the live channel).
 *
 * @param kind new, edit, delete, typing or read, all in the messages topic
 * @param conversationId where
 * @param messageId the message concerned, or null
 * @param seq the message's sequence number (the catch-up cursor of new messages), or for a read
 *        receipt the newest message read
 * @param actor who did it
 * @param recipients the conversation's members when it happened
 */
public record Activity(LiveKind kind, UUID conversationId, UUID messageId, long seq, AccountId actor,
        List<AccountId> recipients) {

    public static final String TOPIC = "messages";
    public static final LiveKind MESSAGE = new LiveKind(TOPIC, "new");
    public static final LiveKind EDIT = new LiveKind(TOPIC, "edit");
    public static final LiveKind DELETE = new LiveKind(TOPIC, "delete");
    public static final LiveKind TYPING = new LiveKind(TOPIC, "typing");
    public static final LiveKind READ = new LiveKind(TOPIC, "read");

    /** Only new messages carry a cursor: edits, deletions, typing and receipts are live only. */
    public LiveEvent toEvent() {
        return new LiveEvent(kind, actor, java.util.Set.copyOf(recipients), data(), MESSAGE.equals(kind) ? seq : 0);
    }

    /** What a tab needs: ids to fetch the rendered message, or who read up to where. */
    String data() {
        return "{\"conversationId\":\"" + conversationId + "\",\"messageId\":\"" + (messageId == null ? "" : messageId)
                + "\",\"seq\":" + seq + ",\"actor\":\"" + actor + "\"}";
    }
}
