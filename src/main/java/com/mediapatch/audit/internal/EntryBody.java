package com.mediapatch.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import com.mediapatch.audit.AuditableAction;

/**
 * The fields an entry's hashes cover, and their canonical JSON: a format version, the
 * sequence number, the time (ISO 8601, UTC) and every field of the action, absent ones as
 * null. Changing any stored column therefore changes the body, or no longer matches it.
 */
final class EntryBody {

    static final long VERSION = 1;

    private EntryBody() {
    }

    static String of(long sequence, AuditableAction action) {
        return CanonicalJson.write(fields(sequence, action));
    }

    static Map<String, Object> fields(long sequence, AuditableAction action) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("v", VERSION);
        fields.put("seq", sequence);
        fields.put("at", time(action.at()));
        fields.put("actor", action.actor());
        fields.put("effectiveActor", action.effectiveActor());
        fields.put("action", action.action());
        fields.put("target", action.target());
        fields.put("reason", action.reason());
        fields.put("ip", action.ip());
        fields.put("userAgent", action.userAgent());
        fields.put("details", action.details());
        return fields;
    }

    static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
