package com.mediapatch.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.Notification;
import com.mediapatch.notifications.NotificationPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications table: one recipient's rows at a time, newest first, keyset paged. */
@Repository
public class NotificationStore {

    private static final String COLUMNS = "id, kind, text, link, actor, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a notification unless one with this id is stored already (the same event delivered again). */
    void add(UUID id, AccountId recipient, String kind, String text, String link, AccountId actor, Instant at,
            boolean digestDue) {
        jdbc.sql("insert into notifications_notification (id, recipient, kind, text, link, actor, created_at, digest_due) "
                + "select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from notifications_notification where id = ?)")
                .params(id, recipient.value(), kind, text, link, actor == null ? null : actor.value(), utc(at), digestDue, id)
                .update();
    }

    /** Up to {@code limit} notifications older than {@code cursor} (null for the newest). */
    public NotificationPage page(AccountId recipient, String cursor, int limit) {
        PageCursor after = PageCursor.parse(cursor);
        List<Notification> rows = after == null
                ? jdbc.sql("select " + COLUMNS + " from notifications_notification where recipient = ? "
                        + "order by created_at desc, id desc limit ?").params(recipient.value(), limit + 1)
                        .query(NotificationStore::row).list()
                : jdbc.sql("select " + COLUMNS + " from notifications_notification where recipient = ? "
                        + "and (created_at < ? or (created_at = ? and id < ?)) order by created_at desc, id desc limit ?")
                        .params(recipient.value(), utc(after.at()), utc(after.at()), after.id(), limit + 1)
                        .query(NotificationStore::row).list();
        if (rows.size() <= limit) {
            return new NotificationPage(rows, null);
        }
        Notification last = rows.get(limit - 1);
        return new NotificationPage(rows.subList(0, limit), new PageCursor(last.createdAt(), last.id()).encode());
    }

    /** Unread notifications are counted up to this many: the bell and the centre show "99+" beyond. */
    public static final int UNREAD_CAP = 100;

    /** The recipient's unread notifications, counted up to {@link #UNREAD_CAP} along the (recipient, read_at) index. */
    public long unread(AccountId recipient) {
        return jdbc.sql("select count(*) from (select 1 from notifications_notification where recipient = ? "
                + "and read_at is null fetch first " + UNREAD_CAP + " rows only) capped")
                .param(recipient.value()).query(Long.class).single();
    }

    /** An unread count as the bell and the centre show it. */
    public static String unreadLabel(long unread) {
        return unread >= UNREAD_CAP ? (UNREAD_CAP - 1) + "+" : String.valueOf(unread);
    }

    /** The link of the member's notification, marking it read; null when it is not theirs or does not exist. */
    public String markRead(AccountId recipient, UUID id, Instant at) {
        List<String> link = jdbc.sql("select link from notifications_notification where id = ? and recipient = ?")
                .params(id, recipient.value()).query(String.class).list();
        if (link.isEmpty()) {
            return null;
        }
        jdbc.sql("update notifications_notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(utc(at), id, recipient.value()).update();
        return link.get(0);
    }

    public int markAllRead(AccountId recipient, Instant at) {
        return jdbc.sql("update notifications_notification set read_at = ? where recipient = ? and read_at is null")
                .params(utc(at), recipient.value()).update();
    }

    static OffsetDateTime utc(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Notification row(ResultSet rs, int n) throws SQLException {
        UUID actor = rs.getObject("actor", UUID.class);
        return new Notification(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("text"),
                rs.getString("link"), actor == null ? null : new AccountId(actor), instant(rs, "created_at"),
                instant(rs, "read_at"));
    }
}
