package com.mediapatch.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditableAction;

/** One row of the audit table exactly as stored, whatever it says. */
record StoredRow(long sequence, Instant at, String actor, String effectiveActor, String action, String target,
        String reason, String ip, String userAgent, String details, String body, String leafHash, String chainHash) {

    static final String COLUMNS = "seq, occurred_at, actor, effective_actor, action, target, reason, ip, user_agent, "
            + "details, body, leaf_hash, chain_hash";

    static StoredRow read(ResultSet row) throws SQLException {
        OffsetDateTime at = row.getObject("occurred_at", OffsetDateTime.class);
        return new StoredRow(row.getLong("seq"), at == null ? null : at.toInstant(), row.getString("actor"),
                row.getString("effective_actor"), row.getString("action"), row.getString("target"),
                row.getString("reason"), row.getString("ip"), row.getString("user_agent"), row.getString("details"),
                row.getString("body"), row.getString("leaf_hash"), row.getString("chain_hash"));
    }

    /** The action the columns describe; fails when the details column is not an object of strings. */
    AuditableAction asAction() {
        Map<String, String> parsed = new LinkedHashMap<>();
        JsonReader.object(details).forEach((key, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("details value \"" + key + "\" is not a string");
            }
            parsed.put(key, text);
        });
        return new AuditableAction(at, actor, effectiveActor, action, target, reason, ip, userAgent, parsed);
    }

    AuditEntry entry() {
        Map<String, String> readable;
        try {
            readable = asAction().details();
        } catch (IllegalArgumentException unreadable) {
            readable = Map.of("unreadable", String.valueOf(details));
        }
        return new AuditEntry(sequence, at, actor, effectiveActor, action, target, reason, ip, userAgent, readable,
                body, leafHash, chainHash);
    }
}
