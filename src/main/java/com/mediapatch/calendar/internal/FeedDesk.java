package com.mediapatch.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.mediapatch.calendar.CalendarProblem;
import com.mediapatch.identity.AccountId;
import com.mediapatch.shared.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Subscribable feed addresses: an unguessable token in the URL (only its SHA-256 is stored), for the
 * member's own events or a saved filter, readable without a session and revocable by its owner.
 */
@Service
public class FeedDesk {

    /** The most live feeds one member keeps. */
    public static final int MOST = 20;
    /** The longest saved filter (its column's width); search words in other alphabets take more when encoded. */
    private static final int LONGEST_FILTER = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedDesk(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A feed the member owns.
     *
     * @param id the feed
     * @param owner whose it is
     * @param label what it shows
     * @param filter the saved filter's query string, or null for the member's own events
     * @param createdAt when it was made
     */
    public record Feed(UUID id, AccountId owner, String label, String filter, Instant createdAt) {
    }

    /** Makes a feed and returns its token, shown once. {@code filter} null: the member's own events. */
    public String create(AccountId owner, String label, String filter) {
        if (list(owner).size() >= MOST) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED, "Keep at most " + MOST + " feeds; revoke one first.");
        }
        if (filter != null && filter.length() > LONGEST_FILTER) {
            throw new CalendarProblem(CalendarProblem.FILTER_REFUSED,
                    "This filter is too long to save as a feed: use fewer or shorter words.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar_feed (id, owner, token_hash, filter, label, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), owner.value(), hash(token), filter, label, SqlTime.of(clock.instant())).update();
        return token;
    }

    public List<Feed> list(AccountId owner) {
        return jdbc.sql("select id, owner, label, filter, created_at from calendar_feed where owner = ? and revoked_at is null "
                        + "order by created_at, id")
                .param(owner.value()).query((row, number) -> new Feed(row.getObject("id", UUID.class),
                        new AccountId(row.getObject("owner", UUID.class)), row.getString("label"), row.getString("filter"),
                        SqlTime.instant(row, "created_at")))
                .list();
    }

    /** Revokes the owner's feed; another member's feed is not found. */
    public void revoke(AccountId owner, UUID feed) {
        int revoked = jdbc.sql("update calendar_feed set revoked_at = ? where id = ? and owner = ? and revoked_at is null")
                .params(SqlTime.of(clock.instant()), feed, owner.value()).update();
        if (revoked != 1) {
            throw new CalendarProblem(CalendarProblem.FEED_NOT_FOUND);
        }
    }

    /** The live feed a token opens, or {@link CalendarProblem#FEED_NOT_FOUND}. */
    public Feed open(String token) {
        if (token == null || token.length() > 64) {
            throw new CalendarProblem(CalendarProblem.FEED_NOT_FOUND);
        }
        return jdbc.sql("select id, owner, label, filter, created_at from calendar_feed where token_hash = ? and revoked_at is null")
                .param(hash(token)).query((row, number) -> new Feed(row.getObject("id", UUID.class),
                        new AccountId(row.getObject("owner", UUID.class)), row.getString("label"), row.getString("filter"),
                        SqlTime.instant(row, "created_at")))
                .optional().orElseThrow(() -> new CalendarProblem(CalendarProblem.FEED_NOT_FOUND));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
