package com.mediapatch.audit;

import java.time.Instant;

/**
 * Which entries to list, newest first. Every filter is optional (null matches all); pages
 * continue from a cursor, so listing stays fast however long the log grows.
 *
 * @param action only entries with exactly this action
 * @param actor only entries whose actor or effective actor is exactly this
 * @param target only entries with exactly this target
 * @param from only entries at or after this time
 * @param until only entries before this time
 * @param before only entries with a smaller sequence number: the next page's cursor
 * @param limit how many entries at most, 1 to 500
 */
public record AuditQuery(String action, String actor, String target, Instant from, Instant until, Long before,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** The newest entries, unfiltered. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }

    /** The same filters for the page after the one whose next cursor this is. */
    public AuditQuery nextPage(long cursor) {
        return new AuditQuery(action, actor, target, from, until, cursor, limit);
    }
}
