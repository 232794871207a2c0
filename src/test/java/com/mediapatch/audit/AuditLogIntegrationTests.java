package com.mediapatch.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.internal.AuditChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    AuditLog log;

    @Autowired
    AuditChain chain;

    @Test
    void entriesAreStoredWithEveryFieldAndTheirHashes() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry appended = chain.append(new AuditableAction(at, "member:god", "member:victim", "godmode.viewed-inbox",
                "member:victim", "support ticket 42", "198.51.100.4", "curl/8", Map.of("folder", "inbox")));

        assertThat(log.entry(appended.sequence())).hasValueSatisfying(entry -> {
            assertThat(entry).isEqualTo(appended);
            assertThat(entry.at()).isEqualTo(at);
            assertThat(entry.effectiveActor()).isEqualTo("member:victim");
            assertThat(entry.details()).containsExactly(Map.entry("folder", "inbox"));
            assertThat(entry.body()).contains("\"seq\":" + appended.sequence(), "\"reason\":\"support ticket 42\"");
            assertThat(entry.leafHash()).hasSize(64);
            assertThat(entry.chainHash()).hasSize(64).isNotEqualTo(entry.leafHash());
        });
    }

    @Test
    void pagesFilterAndContinueFromTheirCursorNewestFirst() {
        String actor = "member:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            chain.append(AuditableAction.of(Instant.now(), actor, i % 2 == 0 ? "test.even" : "test.odd", "thing:" + i,
                    null, Map.of()));
        }

        AuditPage first = log.entries(new AuditQuery(null, actor, null, null, null, null, 2));
        AuditPage second = log.entries(new AuditQuery(null, actor, null, null, null, null, 2).nextPage(first.next()));
        AuditPage last = log.entries(new AuditQuery(null, actor, null, null, null, null, 2).nextPage(second.next()));

        assertThat(first.entries()).extracting(AuditEntry::target).containsExactly("thing:4", "thing:3");
        assertThat(second.entries()).extracting(AuditEntry::target).containsExactly("thing:2", "thing:1");
        assertThat(last.entries()).extracting(AuditEntry::target).containsExactly("thing:0");
        assertThat(last.next()).isNull();
        assertThat(log.entries(new AuditQuery("test.even", actor, null, null, null, null, 10)).entries())
                .extracting(AuditEntry::target).containsExactly("thing:4", "thing:2", "thing:0");
        assertThat(log.entries(new AuditQuery(null, actor, "thing:3", null, null, null, 10)).entries()).hasSize(1);
        assertThat(log.entries(new AuditQuery(null, actor, null, Instant.now().plusSeconds(60), null, null, 10))
                .entries()).isEmpty();
        assertThat(log.entries(new AuditQuery(null, actor, null, null, Instant.now().minusSeconds(60), null, 10))
                .entries()).isEmpty();
    }

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstSignedCheckpoints() {
        long entry = chain.append(AuditableAction.of(Instant.now(), "member:prover", "test.proved", null, null, Map.of()))
                .sequence();
        Checkpoint older = log.checkpoint();
        chain.append(AuditableAction.of(Instant.now(), "member:prover", "test.later", null, null, Map.of()));
        Checkpoint newer = log.checkpoint();

        InclusionProof inclusion = log.inclusionProof(entry, newer.size());
        ConsistencyProof consistency = log.consistencyProof(older.size(), newer.size());

        assertThat(inclusion.verifiesAgainst(newer.root())).isTrue();
        assertThat(inclusion.verifiesAgainst(older.root())).isFalse();
        assertThat(log.inclusionProof(entry, older.size()).verifiesAgainst(older.root())).isTrue();
        assertThat(consistency.fromRoot()).isEqualTo(older.root());
        assertThat(consistency.toRoot()).isEqualTo(newer.root());
        assertThat(consistency.verifies()).isTrue();
        assertThat(new ConsistencyProof(older.size(), newer.size(), newer.root(), newer.root(), consistency.path())
                .verifies()).isFalse();
    }

    @Test
    void checkpointsAreSignedAndTheLatestIsFound() {
        chain.append(AuditableAction.of(Instant.now(), "member:notary", "test.checkpointed", null, null, Map.of()));

        Checkpoint checkpoint = log.checkpoint();

        assertThat(checkpoint.size()).isEqualTo(log.size());
        assertThat(checkpoint.origin()).isEqualTo("mediapatch/localhost");
        assertThat(log.latestCheckpoint()).contains(checkpoint);
        assertThat(log.checkpointKey()).isNotBlank();
    }

    @Test
    void proofsForEntriesTheLogDoesNotHaveAreRefused() {
        long size = log.size();

        assertThatThrownBy(() -> log.inclusionProof(size + 1, size + 1)).isInstanceOf(ProofUnavailable.class);
        assertThatThrownBy(() -> log.inclusionProof(0, size)).isInstanceOf(ProofUnavailable.class);
        assertThatThrownBy(() -> log.consistencyProof(2, 1)).isInstanceOf(ProofUnavailable.class);
        assertThatThrownBy(() -> log.consistencyProof(1, size + 1)).isInstanceOf(ProofUnavailable.class);
    }
}
