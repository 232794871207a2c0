package com.mediapatch.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.AuditVerification.CheckpointCheck.Consistency;
import com.mediapatch.audit.AuditVerification.Mismatch.Field;
import com.mediapatch.audit.AuditVerification.SequenceBreak;
import com.mediapatch.audit.internal.AuditChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditVerifierIntegrationTests {

    @Autowired
    AuditLog log;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${mediapatch.data-dir}")
    Path dataDir;

    @TempDir
    Path elsewhere;

    @AfterEach
    void logIsHonestAgain() {
        assertThat(log.verify().passed()).as("the test restored the log").isTrue();
    }

    @Test
    void anHonestLogPassesWithEveryCheckpointConsistent() {
        long first = append("verifier.honest").sequence();
        Checkpoint checkpoint = log.checkpoint();
        append("verifier.after-checkpoint");

        AuditVerification result = log.verify();

        assertThat(result.passed()).isTrue();
        assertThat(result.firstSequence()).isEqualTo(1);
        assertThat(result.lastSequence()).isGreaterThan(first).isEqualTo(result.entriesChecked());
        assertThat(result.sequenceBreaks()).isEmpty();
        assertThat(result.firstMismatch()).isNull();
        assertThat(result.headProblem()).isNull();
        assertThat(result.checkpoints()).filteredOn(check -> checkpoint.equals(check.checkpoint())).singleElement()
                .satisfies(check -> {
                    assertThat(check.signatureValid()).isTrue();
                    assertThat(check.consistency()).isEqualTo(Consistency.CONSISTENT);
                });
        assertThat(result.unsignedTail()).isEqualTo(result.entriesChecked() - checkpoint.size());
    }

    @Test
    void anEditedFieldIsPinpointedToItsEntryAndColumn() {
        long sequence = append("verifier.edit").sequence();
        Tampering tampering = new Tampering(jdbc);

        tampering.unguarded(() -> {
            jdbc.update("update audit_entry set actor = 'member:mallory' where seq = ?", sequence);
            try {
                AuditVerification result = log.verify();

                assertThat(result.passed()).isFalse();
                assertThat(result.firstMismatch().sequence()).isEqualTo(sequence);
                assertThat(result.firstMismatch().field()).isEqualTo(Field.BODY);
                assertThat(result.firstMismatch().detail()).contains("actor");
            } finally {
                jdbc.update("update audit_entry set actor = 'member:verifier' where seq = ?", sequence);
            }
        });
    }

    @Test
    void aDeletedEntryIsAGapAndBreaksTheNextLink() {
        long sequence = append("verifier.delete").sequence();
        append("verifier.after-delete");
        Tampering tampering = new Tampering(jdbc);
        List<Map<String, Object>> deleted = tampering.rowsFrom(sequence).subList(0, 1);

        tampering.unguarded(() -> {
            jdbc.update("delete from audit_entry where seq = ?", sequence);
            try {
                AuditVerification result = log.verify();

                assertThat(result.sequenceBreaks()).containsExactly(
                        new SequenceBreak(SequenceBreak.Kind.GAP, sequence, sequence + 1));
                assertThat(result.firstMismatch().sequence()).isEqualTo(sequence + 1);
                assertThat(result.firstMismatch().field()).isEqualTo(Field.CHAIN_HASH);
            } finally {
                tampering.reinsert(deleted);
            }
        });
    }

    @Test
    void swappedBodiesAreCaughtAtTheFirstOfThem() {
        long one = append("verifier.swap-one").sequence();
        long other = append("verifier.swap-other").sequence();
        Tampering tampering = new Tampering(jdbc);
        String oneBody = tampering.body(one);
        String otherBody = tampering.body(other);

        tampering.unguarded(() -> {
            jdbc.update("update audit_entry set body = ? where seq = ?", otherBody, one);
            jdbc.update("update audit_entry set body = ? where seq = ?", oneBody, other);
            try {
                AuditVerification result = log.verify();

                assertThat(result.firstMismatch().sequence()).isEqualTo(one);
                assertThat(result.firstMismatch().field()).isEqualTo(Field.BODY);
                assertThat(result.firstMismatch().detail()).contains("action", "seq");
                assertThat(result.mismatchedEntries()).isEqualTo(2);
            } finally {
                jdbc.update("update audit_entry set body = ? where seq = ?", oneBody, one);
                jdbc.update("update audit_entry set body = ? where seq = ?", otherBody, other);
            }
        });
    }

    @Test
    void aTailTruncatedAfterACheckpointIsInconsistentWithIt() {
        append("verifier.truncate-one");
        append("verifier.truncate-two");
        Checkpoint checkpoint = log.checkpoint();
        Tampering tampering = new Tampering(jdbc);
        List<Map<String, Object>> tail = tampering.rowsFrom(checkpoint.size() - 1);

        tampering.unguarded(() -> {
            jdbc.update("delete from audit_entry where seq >= ?", checkpoint.size() - 1);
            try {
                AuditVerification result = log.verify();

                assertThat(result.passed()).isFalse();
                assertThat(result.checkpoints()).filteredOn(check -> checkpoint.equals(check.checkpoint()))
                        .singleElement().satisfies(check -> {
                            assertThat(check.signatureValid()).isTrue();
                            assertThat(check.consistency()).isEqualTo(Consistency.TRUNCATED);
                        });
                assertThat(result.sequenceBreaks()).extracting(SequenceBreak::kind)
                        .containsExactly(SequenceBreak.Kind.MISSING_TAIL);
            } finally {
                tampering.reinsert(tail);
            }
        });
    }

    @Test
    void aTailDeletedWithTheHeadFixedAndItsCheckpointRemovedIsCaughtByTheWitness() throws Exception {
        long first = append("verifier.tail-one").sequence();
        append("verifier.tail-two");
        Checkpoint checkpoint = log.checkpoint();
        Path local = checkpointLog();
        Path witness = Files.copy(local, elsewhere.resolve("witness.log"));
        List<String> localLines = Files.readAllLines(local);
        Tampering tampering = new Tampering(jdbc);
        List<Map<String, Object>> tail = tampering.rowsFrom(first);

        tampering.unguarded(() -> {
            jdbc.update("delete from audit_entry where seq >= ?", first);
            tampering.headAt(first - 1);
            try {
                writeLines(local, localLines.subList(0, localLines.size() - 1));
                assertThat(log.verify().passed()).as("without the witness nothing is amiss").isTrue();

                AuditVerification result = log.verify(VerificationOptions.none().withWitness(witness));

                assertThat(result.passed()).isFalse();
                assertThat(result.anchorProblems()).anySatisfy(problem -> assertThat(problem)
                        .contains("witness line " + localLines.size(), "checkpoint over " + checkpoint.size() + " entries",
                                "is missing from the local checkpoint log"));
            } finally {
                tampering.reinsert(tail);
                tampering.headAt(first + 1);
                writeLines(local, localLines);
            }
        });
    }

    @Test
    void aRewriteInsideTheUnsignedTailPassesUnnoticedButFailsBeyondTheTailLimits() {
        log.checkpoint();
        long sequence = chain.append(AuditableAction.of(Instant.now().minus(Duration.ofHours(2)), "member:verifier",
                "verifier.unsigned-original", null, null, Map.of())).sequence();
        Tampering tampering = new Tampering(jdbc);

        // A perfect rewrite: the unsigned entry is dropped and another one chained in its place.
        tampering.unguarded(() -> {
            jdbc.update("delete from audit_entry where seq = ?", sequence);
            tampering.headAt(sequence - 1);
        });
        chain.append(AuditableAction.of(Instant.now().minus(Duration.ofHours(2)), "member:verifier",
                "verifier.unsigned-rewritten", null, null, Map.of()));
        assertThat(log.verify(VerificationOptions.none()).passed()).isTrue();

        AuditVerification tooOld = log.verify(new VerificationOptions(0, Duration.ofHours(1), null));
        AuditVerification noLimits = log.verify(new VerificationOptions(0, Duration.ZERO, null));
        append("verifier.unsigned-second");
        AuditVerification tooMany = log.verify(new VerificationOptions(1, Duration.ZERO, null));

        assertThat(tooOld.passed()).isFalse();
        assertThat(tooOld.anchorProblems()).singleElement().asString()
                .contains("entry " + sequence, "no checkpoint covers, older than the limit of PT1H");
        assertThat(noLimits.passed()).isTrue();
        assertThat(tooMany.passed()).isFalse();
        assertThat(tooMany.anchorProblems()).singleElement().asString()
                .contains("2 entries are not covered by any checkpoint; the limit is 1");
        log.checkpoint();
    }

    @Test
    void aMissingCheckpointLogFailsOnceTheLogHasEntries() throws Exception {
        append("verifier.no-checkpoint-log");
        Path local = checkpointLog();
        Path away = Files.move(local, elsewhere.resolve("checkpoints.log"));
        try {
            AuditVerification result = log.verify();

            assertThat(result.passed()).isFalse();
            assertThat(result.checkpoints()).isEmpty();
            assertThat(result.anchorProblems()).singleElement().asString()
                    .contains("the checkpoint log", "is missing, but the log has");
        } finally {
            Files.move(away, local);
        }
    }

    @Test
    void theReportNamesTheCheckpointKeyFingerprint() {
        assertThat(log.verify().keyFingerprint()).isEqualTo(log.checkpointKeyFingerprint()).startsWith("SHA256:")
                .hasSize("SHA256:".length() + 43);
    }

    private Path checkpointLog() {
        return dataDir.resolve("audit/checkpoints.log");
    }

    private static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditEntry append(String action) {
        return chain.append(AuditableAction.of(Instant.now(), "member:verifier", action, null, null, Map.of()));
    }
}
