package com.mediapatch.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditPage;
import com.mediapatch.audit.AuditQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit table: single entries, filtered pages, and the whole log in keyset-paged batches. */
@Component
public class AuditEntries {

    static final int BATCH = 5000;

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Head head() {
        return jdbc.queryForObject("select last_seq, last_chain from audit_head where id = 1",
                (row, n) -> new Head(row.getLong(1), row.getString(2)));
    }

    public Optional<AuditEntry> find(long sequence) {
        return jdbc.query("select " + StoredRow.COLUMNS + " from audit_entry where seq = ?",
                (row, n) -> StoredRow.read(row).entry(), sequence).stream().findFirst();
    }

    public AuditPage page(AuditQuery query) {
        StringBuilder sql = new StringBuilder("select " + StoredRow.COLUMNS + " from audit_entry where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.action() != null) {
            sql.append(" and action = ?");
            parameters.add(query.action());
        }
        if (query.actor() != null) {
            sql.append(" and (actor = ? or effective_actor = ?)");
            parameters.add(query.actor());
            parameters.add(query.actor());
        }
        if (query.target() != null) {
            sql.append(" and target = ?");
            parameters.add(query.target());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.until() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(OffsetDateTime.ofInstant(query.until(), ZoneOffset.UTC));
        }
        if (query.before() != null) {
            sql.append(" and seq < ?");
            parameters.add(query.before());
        }
        sql.append(" order by seq desc limit ?");
        parameters.add(query.limit() + 1);
        List<AuditEntry> found = jdbc.query(sql.toString(), (row, n) -> StoredRow.read(row).entry(), parameters.toArray());
        boolean more = found.size() > query.limit();
        List<AuditEntry> page = more ? found.subList(0, query.limit()) : found;
        return new AuditPage(page, more ? page.get(page.size() - 1).sequence() : null);
    }

    /** Every row after {@code afterSequence}, in sequence order, a batch at a time; returns the last sequence seen. */
    long scan(long afterSequence, Consumer<StoredRow> each) {
        long last = afterSequence;
        while (true) {
            List<StoredRow> batch = jdbc.query("select " + StoredRow.COLUMNS
                    + " from audit_entry where seq > ? order by seq limit ?", (row, n) -> StoredRow.read(row), last, BATCH);
            batch.forEach(each);
            if (batch.size() < BATCH) {
                return batch.isEmpty() ? last : batch.get(batch.size() - 1).sequence();
            }
            last = batch.get(batch.size() - 1).sequence();
        }
    }

    /** The stored leaf hashes of entries with sequence numbers from {@code first} to {@code last}, in order. */
    void leafHashes(long first, long last, Consumer<String> each) {
        long[] after = {first - 1};
        int[] read = {BATCH};
        while (read[0] == BATCH && after[0] < last) {
            read[0] = 0;
            jdbc.query("select seq, leaf_hash from audit_entry where seq > ? and seq <= ? order by seq limit ?", row -> {
                after[0] = row.getLong(1);
                read[0]++;
                each.accept(row.getString(2));
            }, after[0], last, BATCH);
        }
    }

    /** Sequence numbers stored more than once (only possible if someone altered the table itself). */
    List<Long> duplicates() {
        return jdbc.queryForList("select seq from audit_entry group by seq having count(*) > 1 order by seq limit 100",
                Long.class);
    }
}
