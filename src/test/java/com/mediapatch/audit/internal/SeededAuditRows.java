package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mediapatch.audit.AuditableAction;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends synthetic entries to an empty audit log in JDBC batches, hashed and chained exactly as
 * {@link AuditChain} does one at a time, so the log verifies. For bench/scale only.
 */
public final class SeededAuditRows {

    private static final String[] ACTIONS = {"identity.signed-in", "godmode.account-suspended", "moderation.report-closed",
        "vault.key-rotated", "identity.role-changed"};

    private SeededAuditRows() {
    }

    /** Appends {@code count} entries after the current head; returns the new head's sequence. */
    public static long append(JdbcTemplate jdbc, long count, List<String> actors) {
        Head head = jdbc.queryForObject("select last_seq, last_chain from audit_head where id = 1",
                (row, n) -> new Head(row.getLong(1), row.getString(2)));
        long sequence = head.sequence();
        byte[] chain = TreeHashes.fromHex(head.chain());
        Instant start = Instant.now().minusSeconds(count);
        List<Object[]> batch = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            sequence++;
            AuditableAction action = FieldLimits.fit(new AuditableAction(start.plusSeconds(i), actors.get((int) (i % actors.size())),
                    null, ACTIONS[(int) (i % ACTIONS.length)], "member:" + actors.get((int) ((i / 7) % actors.size())).substring(7),
                    i % 3 == 0 ? "routine" : null, "203.0.113." + (i % 250), null, Map.of("n", Long.toString(i))));
            String body = EntryBody.of(sequence, action);
            byte[] leaf = TreeHashes.leaf(body.getBytes(StandardCharsets.UTF_8));
            chain = TreeHashes.chain(chain, leaf);
            batch.add(new Object[] {sequence, OffsetDateTime.ofInstant(action.at(), ZoneOffset.UTC), action.actor(),
                action.effectiveActor(), action.action(), action.target(), action.reason(), action.ip(), action.userAgent(),
                CanonicalJson.write(action.details()), body, TreeHashes.hex(leaf), TreeHashes.hex(chain)});
            if (batch.size() == 5_000 || i == count - 1) {
                jdbc.batchUpdate("insert into audit_entry (" + StoredRow.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        jdbc.update("update audit_head set last_seq = ?, last_chain = ? where id = 1", sequence, TreeHashes.hex(chain));
        return sequence;
    }
}
