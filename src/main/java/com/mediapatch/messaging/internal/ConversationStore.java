package com.mediapatch.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.ConversationKind;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.Participant;
import com.mediapatch.messaging.Role;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversations and their members, in {@code messaging_conversation} and {@code messaging_member}. */
@Repository
public class ConversationStore {

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The pair's key, the same whichever of the two asks. */
    static String pairKey(AccountId one, AccountId other) {
        String a = one.toString();
        String b = other.toString();
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    /**
     * Creates the direct conversation of a pair unless it exists; safe when both members start it
     * at once: the unique pair key lets exactly one insert win and the other reads the winner's.
     */
    UUID directBetween(AccountId one, AccountId other, Instant now) {
        String key = pairKey(one, other);
        Optional<UUID> existing = directId(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("insert into messaging_conversation (id, kind, pair_key, created_at, last_activity_at) "
                + "values (?, 'DIRECT', ?, ?, ?) on conflict do nothing")
                .params(id, key, time(now), time(now)).update();
        if (inserted == 1) {
            addMember(id, one, Role.MEMBER, now);
            addMember(id, other, Role.MEMBER, now);
            return id;
        }
        return directId(key).orElseThrow();
    }

    Optional<UUID> directId(String pairKey) {
        return jdbc.sql("select id from messaging_conversation where pair_key = ?").param(pairKey)
                .query(UUID.class).optional();
    }

    UUID createGroup(String name, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into messaging_conversation (id, kind, name, created_at, last_activity_at) values (?, 'GROUP', ?, ?, ?)")
                .params(id, name, time(now), time(now)).update();
        return id;
    }

    void addMember(UUID conversationId, AccountId account, Role role, Instant now) {
        jdbc.sql("insert into messaging_member (conversation_id, account_id, role, joined_at, last_read_seq, last_activity_at) "
                + "values (?, ?, ?, ?, (select coalesce(max(seq), 0) from messaging_message where conversation_id = ?), "
                + "(select last_activity_at from messaging_conversation where id = ?))")
                .params(conversationId, account.value(), role.name(), time(now), conversationId, conversationId).update();
    }

    void removeMember(UUID conversationId, AccountId account) {
        jdbc.sql("delete from messaging_member where conversation_id = ? and account_id = ?")
                .params(conversationId, account.value()).update();
    }

    void setRole(UUID conversationId, AccountId account, Role role) {
        jdbc.sql("update messaging_member set role = ? where conversation_id = ? and account_id = ?")
                .params(role.name(), conversationId, account.value()).update();
    }

    void rename(UUID conversationId, String name) {
        jdbc.sql("update messaging_conversation set name = ? where id = ?").params(name, conversationId).update();
    }

    /** Records activity on the conversation and on each member's copy, which their lists are ordered by. */
    void touch(UUID conversationId, Instant now) {
        jdbc.sql("update messaging_conversation set last_activity_at = ? where id = ?")
                .params(time(now), conversationId).update();
        jdbc.sql("update messaging_member set last_activity_at = ? where conversation_id = ?")
                .params(time(now), conversationId).update();
    }

    /**
     * Moves the member's read mark forward to {@code seq}, never back, and recounts the unread messages after it
     * (usually none: the mark moves to the newest message).
     */
    boolean markRead(UUID conversationId, AccountId account, long seq) {
        return jdbc.sql("update messaging_member set last_read_seq = ?, unread_count = (select count(*) "
                + "from messaging_message m where m.conversation_id = ? and m.seq > ? and m.author_id <> ? "
                + "and m.deleted_at is null and m.hidden_at is null) "
                + "where conversation_id = ? and account_id = ? and last_read_seq < ?")
                .params(seq, conversationId, seq, account.value(), conversationId, account.value(), seq).update() == 1;
    }

    /** A new message: one more unread for every other member who has not read past it. */
    void countUnread(Message sent) {
        jdbc.sql("update messaging_member set unread_count = unread_count + 1 where conversation_id = ? "
                + "and account_id <> ? and last_read_seq < ?")
                .params(sent.conversationId(), sent.author().value(), sent.seq()).update();
    }

    /** A visible message deleted or hidden: one unread fewer for the other members who had not read it. */
    void uncountUnread(Message gone) {
        jdbc.sql("update messaging_member set unread_count = unread_count - 1 where conversation_id = ? "
                + "and account_id <> ? and last_read_seq < ? and unread_count > 0")
                .params(gone.conversationId(), gone.author().value(), gone.seq()).update();
    }

    public Optional<Conversation> find(UUID conversationId) {
        return jdbc.sql("select * from messaging_conversation where id = ?").param(conversationId)
                .query((row, n) -> conversation(row, participants(conversationId))).optional();
    }

    /** Where reading most recently active first starts: after every stored time. */
    private static final PageCursor NEWEST = new PageCursor(Instant.parse("9999-12-31T00:00:00Z"), new UUID(0, 0));

    /**
     * A page of the member's conversations, most recently active first, before {@code cursor} (null: the newest),
     * along the member rows' (account_id, last_activity_at, conversation_id) index; with their members in one more
     * statement.
     */
    public KeysetPage<Conversation> page(AccountId account, String cursor, int size) {
        PageCursor before = Optional.ofNullable(PageCursor.parse(cursor)).orElse(NEWEST);
        List<Conversation> rows = jdbc.sql("select c.* from messaging_member m join messaging_conversation c "
                + "on c.id = m.conversation_id where m.account_id = ? and (m.last_activity_at, m.conversation_id) < (?, ?) "
                + "order by m.last_activity_at desc, m.conversation_id desc limit ?")
                .params(account.value(), time(before.at()), before.id(), size + 1)
                .query((row, n) -> conversation(row, new ArrayList<>())).list();
        KeysetPage<Conversation> page = KeysetPage.of(rows, size, c -> new PageCursor(c.lastActivityAt(), c.id()));
        return page.withItems(withParticipants(page.items()));
    }

    private List<Conversation> withParticipants(List<Conversation> conversations) {
        Map<UUID, Conversation> byId = new LinkedHashMap<>();
        conversations.forEach(c -> byId.put(c.id(), c));
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select * from messaging_member where conversation_id in (:ids) order by joined_at, account_id")
                .param("ids", byId.keySet())
                .query((row, n) -> {
                    byId.get(row.getObject("conversation_id", UUID.class)).participants().add(participant(row));
                    return null;
                }).list();
        return List.copyOf(byId.values());
    }

    /** Ids of every conversation the member belongs to. */
    List<UUID> idsOf(AccountId account) {
        return jdbc.sql("select conversation_id from messaging_member where account_id = ?").param(account.value())
                .query(UUID.class).list();
    }

    private List<Participant> participants(UUID conversationId) {
        return jdbc.sql("select * from messaging_member where conversation_id = ? order by joined_at, account_id")
                .param(conversationId).query((row, n) -> participant(row)).list();
    }

    private static Participant participant(ResultSet row) throws SQLException {
        return new Participant(new AccountId(row.getObject("account_id", UUID.class)), Role.valueOf(row.getString("role")),
                row.getLong("last_read_seq"));
    }

    private static Conversation conversation(ResultSet row, List<Participant> participants) throws SQLException {
        return new Conversation(row.getObject("id", UUID.class), ConversationKind.valueOf(row.getString("kind")),
                row.getString("name"), instant(row, "last_activity_at"), participants);
    }
}
