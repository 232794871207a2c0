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

    /**
     * A page of entries, newest first, every filter along an index: action, target and actor each have a
     * (column, seq) index walked backwards from the cursor. An actor matches as actor or as effective actor, so
     * the two indexes are walked separately for a page each and the pages merged, rather than one OR no index serves.
     */
    public AuditPage page(AuditQuery query) {
        StringBuilder filters = new StringBuilder();
        List<Object> filterParameters = new ArrayList<>();
        if (query.action() != null) {
            filters.append(" and action = ?");
            filterParameters.add(query.action());
        }
        if (query.target() != null) {
            filters.append(" and target = ?");
            filterParameters.add(query.target());
        }
        if (query.from() != null) {
            filters.append(" and occurred_at >= ?");
            filterParameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.until() != null) {
            filters.append(" and occurred_at < ?");
            filterParameters.add(OffsetDateTime.ofInstant(query.until(), ZoneOffset.UTC));
        }
        filters.append(" and seq < ?");
        filterParameters.add(query.before() == null ? Long.MAX_VALUE : query.before());
        int rows = query.limit() + 1;
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (query.actor() == null) {
            sql = "select " + StoredRow.COLUMNS + " from audit_entry where 1 = 1" + filters + " order by seq desc limit ?";
            parameters.addAll(filterParameters);
        } else {
            sql = "select " + StoredRow.COLUMNS + " from audit_entry where seq in ("
                    + "select seq from (select seq from audit_entry where actor = ?" + filters
                    + " order by seq desc limit ?) by_actor union "
                    + "select seq from (select seq from audit_entry where effective_actor = ?" + filters
                    + " order by seq desc limit ?) by_effective_actor) order by seq desc limit ?";
            for (int side = 0; side < 2; side++) {
                parameters.add(query.actor());
                parameters.addAll(filterParameters);
                parameters.add(rows);
            }
        }
        parameters.add(rows);
        List<AuditEntry> found = jdbc.query(sql, (row, n) -> StoredRow.read(row).entry(), parameters.toArray());
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
