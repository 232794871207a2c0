package com.mediapatch.audit;

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

    private AuditEntry append(String action) {
        return chain.append(AuditableAction.of(Instant.now(), "member:verifier", action, null, null, Map.of()));
    }
}
