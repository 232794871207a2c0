package com.mediapatch.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cluster's single checkpoint writer: one row in the database names the node that may
 * sign scheduled checkpoints and until when. A node takes the lease when it is free or
 * expired and keeps it by renewing it on every run, so two nodes never both sign. The row
 * also remembers how many entries the last checkpoint covered, so "has the log grown?"
 * costs one query rather than a read of the checkpoint file.
 */
@Component
class CheckpointLease {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration term;
    private final String holder;

    @Autowired
    CheckpointLease(JdbcTemplate jdbc, Clock clock, AuditProperties properties) {
        this(jdbc, clock, properties.checkpointInterval().multipliedBy(3), UUID.randomUUID().toString());
    }

    CheckpointLease(JdbcTemplate jdbc, Clock clock, Duration term, String holder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.term = term;
        this.holder = holder;
    }

    /** Takes or renews the lease; false while another node holds it. */
    boolean acquire() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.update("update audit_checkpoint_lease set holder = ?, expires_at = ? where id = 1 "
                + "and (holder = ? or expires_at < ?)", holder, now.plus(term), holder, now) == 1;
    }

    long signedSize() {
        return jdbc.queryForObject("select signed_size from audit_checkpoint_lease where id = 1", Long.class);
    }

    void signed(long size) {
        jdbc.update("update audit_checkpoint_lease set signed_size = ? where id = 1 and signed_size < ?", size, size);
    }

    void restoredTo(long size) {
        jdbc.update("update audit_checkpoint_lease set signed_size = ? where id = 1", size);
    }
}
