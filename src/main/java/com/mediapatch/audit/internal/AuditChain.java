package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditableAction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash-chained log. Each append locks the head row (SELECT ... FOR
 * UPDATE, on H2 and PostgreSQL alike), so concurrent writers, in this process or on other
 * nodes sharing the database, take turns and sequence numbers never skip or repeat. The
 * only way in: nothing in the application updates or deletes an entry.
 */
@Component
public class AuditChain {

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public AuditEntry append(AuditableAction action) {
        return appendAfter(lockHead(), FieldLimits.fit(action));
    }

    /**
     * Appends unless the log already holds this very action (same instant, actor, action, target,
     * reason and details): the same event handed to its listener again (after a crash, or by two
     * nodes) is recorded once. The check runs under the head lock, so two deliveries cannot both pass it.
     */
    @Transactional
    public void appendOnce(AuditableAction action) {
        Head head = lockHead();
        AuditableAction fitted = FieldLimits.fit(action);
        // A microsecond either way: databases store microseconds, rounding or cutting what is finer.
        boolean recorded = Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from audit_entry "
                + "where occurred_at between ? and ? and action = ? and actor = ? and coalesce(target, '') = ? "
                + "and coalesce(reason, '') = ? and details = ?",
                Boolean.class, utc(fitted.at().minusNanos(1000)), utc(fitted.at().plusNanos(1000)), fitted.action(),
                fitted.actor(), fitted.target() == null ? "" : fitted.target(), fitted.reason() == null ? "" : fitted.reason(),
                CanonicalJson.write(fitted.details())));
        if (!recorded) {
            appendAfter(head, fitted);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private Head lockHead() {
        return jdbc.queryForObject("select last_seq, last_chain from audit_head where id = 1 for update",
                (row, n) -> new Head(row.getLong(1), row.getString(2)));
    }

    private AuditEntry appendAfter(Head head, AuditableAction fitted) {
        long sequence = head.sequence() + 1;
        String body = EntryBody.of(sequence, fitted);
        byte[] leaf = TreeHashes.leaf(body.getBytes(StandardCharsets.UTF_8));
        String leafHash = TreeHashes.hex(leaf);
        String chainHash = TreeHashes.hex(TreeHashes.chain(TreeHashes.fromHex(head.chain()), leaf));
        jdbc.update("insert into audit_entry (" + StoredRow.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sequence, OffsetDateTime.ofInstant(fitted.at(), ZoneOffset.UTC), fitted.actor(), fitted.effectiveActor(),
                fitted.action(), fitted.target(), fitted.reason(), fitted.ip(), fitted.userAgent(),
                CanonicalJson.write(fitted.details()), body, leafHash, chainHash);
        jdbc.update("update audit_head set last_seq = ?, last_chain = ? where id = 1", sequence, chainHash);
        return new AuditEntry(sequence, fitted.at(), fitted.actor(), fitted.effectiveActor(), fitted.action(),
                fitted.target(), fitted.reason(), fitted.ip(), fitted.userAgent(), fitted.details(), body, leafHash,
                chainHash);
    }
}
