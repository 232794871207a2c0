package com.mediapatch.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * What an attacker with database access would do: switch off the append-only trigger and
 * edit rows directly. Tests undo every change and switch the trigger back on, so the log
 * shared by the whole test run stays honest.
 */
final class Tampering {

    private static final String H2_TRIGGER = "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry "
            + "FOR EACH ROW CALL 'com.mediapatch.audit.internal.AppendOnlyTrigger'";

    private final JdbcTemplate jdbc;

    Tampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean onPostgres() {
        return jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }

    /** Runs the edits with the guard off; the guard is back on afterwards, whatever happened. */
    void unguarded(Runnable edits) {
        jdbc.execute(onPostgres() ? "ALTER TABLE audit_entry DISABLE TRIGGER USER" : "DROP TRIGGER audit_entry_append_only");
        try {
            edits.run();
        } finally {
            jdbc.execute(onPostgres() ? "ALTER TABLE audit_entry ENABLE TRIGGER USER" : H2_TRIGGER);
        }
    }

    List<Map<String, Object>> rowsFrom(long sequence) {
        return jdbc.queryForList("select * from audit_entry where seq >= ? order by seq", sequence);
    }

    void reinsert(List<Map<String, Object>> rows) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (Map<String, Object> row : rows) {
            named.update("insert into audit_entry (seq, occurred_at, actor, effective_actor, action, target, reason, ip, "
                    + "user_agent, details, body, leaf_hash, chain_hash) values (:seq, :occurred_at, :actor, "
                    + ":effective_actor, :action, :target, :reason, :ip, :user_agent, :details, :body, :leaf_hash, "
                    + ":chain_hash)", new MapSqlParameterSource(row));
        }
    }

    /** Sets the head row back to an earlier entry, as if the log ended there. */
    void headAt(long sequence) {
        String chain = sequence == 0 ? "0".repeat(64)
                : jdbc.queryForObject("select chain_hash from audit_entry where seq = ?", String.class, sequence);
        jdbc.update("update audit_head set last_seq = ?, last_chain = ? where id = 1", sequence, chain);
    }

    String body(long sequence) {
        return jdbc.queryForObject("select body from audit_entry where seq = ?", String.class, sequence);
    }
}
