package com.mediapatch.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries
 * @param next the cursor for the following page (pass it to the query's nextPage method), or
 *        null when this is the last page
 */
public record AuditPage(List<AuditEntry> entries, Long next) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
