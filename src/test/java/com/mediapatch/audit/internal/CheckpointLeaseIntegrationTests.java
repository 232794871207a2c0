package com.mediapatch.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditableAction;
import com.mediapatch.audit.Checkpoint;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CheckpointLeaseIntegrationTests {

    private static final Instant START = Instant.parse("1971-01-01T00:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditLog log;

    @AfterEach
    void leaseIsFreeAgain() {
        jdbc.update("update audit_checkpoint_lease set holder = 'nobody', expires_at = ? where id = 1",
                OffsetDateTime.ofInstant(START.minusSeconds(60), ZoneOffset.UTC));
    }

    @Test
    void twoNodesNeverHoldTheLeaseAtOnceAndTheSecondTakesOverWhenItExpires() {
        Duration term = Duration.ofMinutes(3);

        assertThat(node("node-a", START, term).acquire()).isTrue();
        assertThat(node("node-b", START.plusSeconds(60), term).acquire()).isFalse();
        assertThat(node("node-a", START.plusSeconds(120), term).acquire()).as("the holder renews").isTrue();
        assertThat(node("node-b", START.plusSeconds(299), term).acquire()).isFalse();
        assertThat(node("node-b", START.plusSeconds(301), term).acquire()).as("expired: taken over").isTrue();
        assertThat(node("node-a", START.plusSeconds(302), term).acquire()).isFalse();
    }

    @Test
    void theScheduledCheckpointIsSignedOnlyByTheLeaseHolderAndOnlyWhenTheLogGrew() {
        jdbc.update("update audit_checkpoint_lease set holder = 'another-node', expires_at = ? where id = 1",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        long size = chain.append(AuditableAction.of(Instant.now(), "member:lease", "lease.grown", null, null, Map.of()))
                .sequence();

        checkpoints.createIfGrown();
        assertThat(log.latestCheckpoint().map(Checkpoint::size)).as("another node holds the lease").isNotEqualTo(
                Optional.of(size));

        leaseIsFreeAgain();
        checkpoints.createIfGrown();
        Checkpoint signed = log.latestCheckpoint().orElseThrow();
        assertThat(signed.size()).isEqualTo(size);

        int lines = checkpoints.lines().size();
        checkpoints.createIfGrown();
        assertThat(checkpoints.lines()).as("nothing new to sign").hasSize(lines);
    }

    @Test
    void aMissingCheckpointLogIsNotQuietlyStartedAfresh() throws Exception {
        chain.append(AuditableAction.of(Instant.now(), "member:lease", "lease.no-file", null, null, Map.of()));
        Path file = checkpoints.file().path();
        Path away = Files.move(file, file.resolveSibling("checkpoints.log.away"));
        try {
            checkpoints.createIfGrown();

            assertThat(file).doesNotExist();
        } finally {
            Files.move(away, file);
        }
        checkpoints.createIfGrown();
        assertThat(log.latestCheckpoint().map(Checkpoint::size)).contains(log.size());
    }

    private CheckpointLease node(String holder, Instant now, Duration term) {
        return new CheckpointLease(jdbc, Clock.fixed(now, ZoneOffset.UTC), term, holder);
    }
}
