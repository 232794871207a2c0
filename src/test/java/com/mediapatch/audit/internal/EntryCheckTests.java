package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.mediapatch.audit.AuditVerification.Mismatch.Field;
import com.mediapatch.audit.AuditableAction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryCheckTests {

    private final byte[] previous = TreeHashes.chain(TreeHashes.GENESIS, TreeHashes.leaf(new byte[] {1}));
    private final AuditableAction action = new AuditableAction(Instant.parse("2026-11-25T12:00:00.123456789Z"),
            "member:alice", "member:bob", "godmode.account-suspended", "member:carol", "spam", "203.0.113.7",
            "Firefox", Map.of("note", "third warning"));
    private final StoredRow honest = row(7, action, previous);

    @Test
    void anHonestRowHasNoMismatchAndChainsOn() {
        EntryCheck check = EntryCheck.of(honest, previous);

        assertThat(check.mismatch()).isNull();
        assertThat(TreeHashes.hex(check.chain())).isEqualTo(honest.chainHash());
        assertThat(honest.body()).startsWith("{\"action\":\"godmode.account-suspended\",\"actor\":\"member:alice\","
                + "\"at\":\"2026-11-25T12:00:00.123456Z\",\"details\":{\"note\":\"third warning\"}");
    }

    @Test
    void anEditedColumnNoLongerMatchesTheBodyAndIsNamed() {
        StoredRow edited = new StoredRow(7, honest.at(), "member:mallory", honest.effectiveActor(), honest.action(),
                "member:dave", honest.reason(), honest.ip(), honest.userAgent(), honest.details(), honest.body(),
                honest.leafHash(), honest.chainHash());

        assertThat(EntryCheck.of(edited, previous).mismatch()).satisfies(mismatch -> {
            assertThat(mismatch.sequence()).isEqualTo(7);
            assertThat(mismatch.field()).isEqualTo(Field.BODY);
            assertThat(mismatch.detail()).endsWith("differ in actor, target");
        });
    }

    @Test
    void aRewrittenBodyWithItsOldLeafHashIsALeafMismatch() {
        StoredRow forged = row(7, withActor("member:mallory"), previous);
        StoredRow rewritten = withHashes(forged, honest.leafHash(), honest.chainHash());

        assertThat(EntryCheck.of(rewritten, previous).mismatch().field()).isEqualTo(Field.LEAF_HASH);
    }

    @Test
    void aRewrittenBodyAndLeafWithTheOldChainHashIsAChainMismatch() {
        StoredRow forged = row(7, withActor("member:mallory"), previous);
        StoredRow rewritten = withHashes(forged, forged.leafHash(), honest.chainHash());

        assertThat(EntryCheck.of(rewritten, previous).mismatch().field()).isEqualTo(Field.CHAIN_HASH);
    }

    @Test
    void aBodyMovedToAnotherSequenceNumberIsCaught() {
        StoredRow other = row(9, action, previous);
        StoredRow swapped = new StoredRow(7, honest.at(), honest.actor(), honest.effectiveActor(), honest.action(),
                honest.target(), honest.reason(), honest.ip(), honest.userAgent(), honest.details(), other.body(),
                other.leafHash(), other.chainHash());

        assertThat(EntryCheck.of(swapped, previous).mismatch().detail()).endsWith("differ in seq");
    }

    @Test
    void damagedValuesBecomeFindingsNotExceptions() {
        assertThat(EntryCheck.of(withBody(honest, "{\"seq\":"), previous).mismatch().detail())
                .startsWith("body is not readable JSON");
        assertThat(EntryCheck.of(withBody(honest, null), previous).mismatch().field()).isEqualTo(Field.BODY);
        assertThat(EntryCheck.of(withBody(honest, honest.body().replace("alice", "\\u0061lice")), previous).mismatch().detail())
                .isEqualTo("body is not in canonical form");
        assertThat(EntryCheck.of(withHashes(honest, "xyz", honest.chainHash()), previous).mismatch().field())
                .isEqualTo(Field.LEAF_HASH);
        assertThat(EntryCheck.of(withHashes(honest, honest.leafHash(), null), previous).mismatch().field())
                .isEqualTo(Field.CHAIN_HASH);
        StoredRow badDetails = new StoredRow(7, honest.at(), honest.actor(), null, honest.action(), null, null, null,
                null, "[1]", honest.body(), honest.leafHash(), honest.chainHash());
        assertThat(EntryCheck.of(badDetails, previous).mismatch().detail()).startsWith("stored columns cannot be read");
    }

    @Test
    void textIsFittedToItsColumnsBeforeHashing() {
        AuditableAction fitted = FieldLimits.fit(new AuditableAction(action.at(), "a".repeat(199) + "\ud83c\udfb8",
                null, "x\u0000y", null, "lone \ud800", null, null, Map.of()));

        assertThat(fitted.actor()).hasSize(199);
        assertThat(fitted.action()).isEqualTo("x\ufffdy");
        assertThat(fitted.reason()).isEqualTo("lone \ufffd");
        assertThat(fitted.at()).isEqualTo(Instant.parse("2026-11-25T12:00:00.123456Z"));
    }

    private AuditableAction withActor(String actor) {
        return new AuditableAction(action.at(), actor, action.effectiveActor(), action.action(), action.target(),
                action.reason(), action.ip(), action.userAgent(), action.details());
    }

    static StoredRow row(long sequence, AuditableAction action, byte[] previousChain) {
        AuditableAction fitted = FieldLimits.fit(action);
        String body = EntryBody.of(sequence, fitted);
        byte[] leaf = TreeHashes.leaf(body.getBytes(StandardCharsets.UTF_8));
        return new StoredRow(sequence, fitted.at(), fitted.actor(), fitted.effectiveActor(), fitted.action(),
                fitted.target(), fitted.reason(), fitted.ip(), fitted.userAgent(), CanonicalJson.write(fitted.details()),
                body, TreeHashes.hex(leaf), TreeHashes.hex(TreeHashes.chain(previousChain, leaf)));
    }

    private static StoredRow withBody(StoredRow row, String body) {
        return new StoredRow(row.sequence(), row.at(), row.actor(), row.effectiveActor(), row.action(), row.target(),
                row.reason(), row.ip(), row.userAgent(), row.details(), body, row.leafHash(), row.chainHash());
    }

    private static StoredRow withHashes(StoredRow row, String leafHash, String chainHash) {
        return new StoredRow(row.sequence(), row.at(), row.actor(), row.effectiveActor(), row.action(), row.target(),
                row.reason(), row.ip(), row.userAgent(), row.details(), row.body(), leafHash, chainHash);
    }
}
