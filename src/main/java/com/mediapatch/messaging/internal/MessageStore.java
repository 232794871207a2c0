package com.mediapatch.messaging.internal;

import static com.mediapatch.shared.SqlTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Message;
import com.mediapatch.shared.SqlTime;
import com.mediapatch.vault.FieldCipher;
import com.mediapatch.vault.SealedColumn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages and their earlier versions. Bodies are sealed by the vault and bound to
 * {@code conversation id/message id} (versions add {@code /v<n>}), so a body copied to another
 * row no longer opens.
 */
@Repository
public class MessageStore {

    static final SealedColumn BODY = new SealedColumn("messaging_message", "seal_ref", "body");
    static final SealedColumn EARLIER_BODY = new SealedColumn("messaging_message_version", "seal_ref", "body");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    MessageStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    static String sealRef(UUID conversationId, UUID messageId) {
        return conversationId + "/" + messageId;
    }

    Message insert(UUID conversationId, AccountId author, String text, Instant now) {
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("select nextval('messaging_message_seq')").query(Long.class).single();
        String ref = sealRef(conversationId, id);
        jdbc.sql("insert into messaging_message (id, seq, conversation_id, author_id, seal_ref, body, sent_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, seq, conversationId, author.value(), ref, cipher.seal(text, BODY.binding(ref)), SqlTime.of(now))
                .update();
        return new Message(id, seq, conversationId, author, text, now, null, false, false);
    }

    /** Keeps the current text as the next earlier version, then replaces it. */
    void replace(Message message, String newText, Instant now, boolean delete) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from messaging_message_version where message_id = ?")
                .param(message.id()).query(Integer.class).single();
        String versionRef = sealRef(message.conversationId(), message.id()) + "/v" + version;
        jdbc.sql("insert into messaging_message_version (seal_ref, message_id, version, body, replaced_at) values (?, ?, ?, ?, ?)")
                .params(versionRef, message.id(), version, cipher.seal(message.text(), EARLIER_BODY.binding(versionRef)),
                        SqlTime.of(now))
                .update();
        String ref = sealRef(message.conversationId(), message.id());
        jdbc.sql("update messaging_message set body = ?, " + (delete ? "deleted_at" : "edited_at") + " = ? where id = ?")
                .params(cipher.seal(newText, BODY.binding(ref)), SqlTime.of(now), message.id()).update();
    }

    boolean hide(UUID messageId, AccountId moderator, String reason, Instant now) {
        return jdbc.sql("update messaging_message set hidden_at = ?, hidden_by = ?, hidden_reason = ? where id = ?")
                .params(SqlTime.of(now), moderator.value(), reason, messageId).update() == 1;
    }

    /** The message with its text, hidden or deleted ones included (callers decide what to show). */
    public Optional<Message> find(UUID messageId) {
        return jdbc.sql("select * from messaging_message where id = ?").param(messageId).query(this::message).optional();
    }

    /** Up to {@code limit} messages before {@code beforeSeq} (all when null), oldest first. */
    public List<Message> page(UUID conversationId, Long beforeSeq, int limit) {
        List<Message> newestFirst = jdbc.sql("select * from messaging_message where conversation_id = ? and seq < ? "
                + "order by seq desc limit ?")
                .params(conversationId, beforeSeq == null ? Long.MAX_VALUE : beforeSeq, limit).query(this::message).list();
        List<Message> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Every message of a conversation, newest first, for the in-memory search. */
    List<Message> all(UUID conversationId) {
        return jdbc.sql("select * from messaging_message where conversation_id = ? and deleted_at is null "
                + "and hidden_at is null order by seq desc").param(conversationId).query(this::message).list();
    }

    /** Messages after {@code afterSeq} in the given conversations, oldest first, for stream catch-up. */
    List<Message> since(List<UUID> conversationIds, long afterSeq, int limit) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from messaging_message where conversation_id in (:ids) and seq > :after "
                + "order by seq limit :limit")
                .param("ids", conversationIds).param("after", afterSeq).param("limit", limit).query(this::message).list();
    }

    /**
     * The newest message of each conversation, in one statement: each conversation's highest seq is one step down
     * the (conversation_id, seq) index, and the messages are then read by their unique seq.
     */
    public Map<UUID, Message> latest(Collection<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Message> latest = new HashMap<>();
        jdbc.sql("select * from messaging_message where seq in (select (select max(x.seq) from messaging_message x "
                + "where x.conversation_id = c.id) from messaging_conversation c where c.id in (:ids))")
                .param("ids", conversationIds).query(this::message).list()
                .forEach(message -> latest.put(message.conversationId(), message));
        return latest;
    }

    long latestSeq(UUID conversationId) {
        return jdbc.sql("select coalesce(max(seq), 0) from messaging_message where conversation_id = ?")
                .param(conversationId).query(Long.class).single();
    }

    /** Unread messages are counted up to this many, per conversation and in all: badges show "99+" beyond. */
    public static final int UNREAD_CAP = 100;

    /** Unread counts of the member's conversations, read from the member's rows (kept by {@link ConversationStore}). */
    private static final String UNREAD_PER_CONVERSATION = "select conversation_id, unread_count from messaging_member "
            + "where account_id = :me and conversation_id in (:ids)";

    /**
     * Unread messages of the member in all conversations: the conversations with any, along the (account_id,
     * unread_count) index, at most {@link #UNREAD_CAP} of them. One constant, folded by the compiler.
     */
    private static final String UNREAD_IN_ALL = "select coalesce(sum(unread_count), 0) from (select unread_count "
            + "from messaging_member where account_id = :me and unread_count > 0 fetch first " + UNREAD_CAP
            + " rows only) unread";

    /** Unread messages in each of the given conversations of the member, each up to {@link #UNREAD_CAP}. */
    public Map<UUID, Long> unread(AccountId account, Collection<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql(UNREAD_PER_CONVERSATION).param("me", account.value()).param("ids", conversationIds)
                .query((row, n) -> counts.put(row.getObject(1, UUID.class), Math.min(row.getLong(2), UNREAD_CAP))).list();
        return counts;
    }

    /** Unread messages of the member in all conversations, up to {@link #UNREAD_CAP}. */
    public long unreadInAll(AccountId account) {
        return Math.min(jdbc.sql(UNREAD_IN_ALL).param("me", account.value()).query(Long.class).single(), UNREAD_CAP);
    }

    /** Earlier versions of a message, oldest first. */
    List<String> earlierVersions(Message message) {
        return jdbc.sql("select seal_ref, body from messaging_message_version where message_id = ? order by version")
                .param(message.id())
                .query((row, n) -> cipher.open(row.getString("body"), EARLIER_BODY.binding(row.getString("seal_ref"))))
                .list();
    }

    private Message message(ResultSet row, int n) throws SQLException {
        String ref = row.getString("seal_ref");
        UUID conversationId = row.getObject("conversation_id", UUID.class);
        UUID id = row.getObject("id", UUID.class);
        if (!ref.equals(sealRef(conversationId, id))) {
            throw new IllegalStateException("Message " + id + " is filed under another conversation");
        }
        return new Message(id, row.getLong("seq"), conversationId, new AccountId(row.getObject("author_id", UUID.class)),
                cipher.open(row.getString("body"), BODY.binding(ref)), instant(row, "sent_at"), instant(row, "edited_at"),
                row.getObject("deleted_at") != null, row.getObject("hidden_at") != null);
    }
}
