package com.mediapatch.audit;

import java.util.List;

/**
 * What a full check of the audit log found. The log passes when its sequence has no breaks,
 * every entry's body matches its columns and hashes, the head row matches the last entry,
 * every checkpoint is validly signed and consistent with the log as it is now (or was
 * superseded by a signed restore record), and the anchor outside the database holds: the
 * checkpoint key is the pinned one, the checkpoint log exists once the log has entries, the
 * unsigned tail is within the configured limits, and every checkpoint a witness holds is
 * also in the local checkpoint log.
 *
 * @param entriesChecked how many entries were read
 * @param firstSequence the lowest sequence number read (0 when the log is empty)
 * @param lastSequence the highest sequence number read (0 when the log is empty)
 * @param root the Merkle tree hash over all entries read, hex
 * @param sequenceBreaks gaps, duplicates and missing tail entries
 * @param firstMismatch the first entry whose body, leaf hash or chain hash is wrong, or null
 * @param mismatchedEntries how many entries had any mismatch
 * @param headProblem how the head row disagrees with the last entry, or null
 * @param checkpoints each checkpoint in the checkpoint file, in file order
 * @param unsignedTail entries after the largest consistent, validly signed checkpoint
 * @param keyFingerprint the fingerprint of the checkpoint key in use ("SHA256:...", "none" without a key)
 * @param anchorProblems what is wrong outside the database (key, checkpoint log, unsigned tail, witness)
 */
public record AuditVerification(long entriesChecked, long firstSequence, long lastSequence, String root,
        List<SequenceBreak> sequenceBreaks, Mismatch firstMismatch, long mismatchedEntries, String headProblem,
        List<CheckpointCheck> checkpoints, long unsignedTail, String keyFingerprint, List<String> anchorProblems) {

    public AuditVerification {
        sequenceBreaks = List.copyOf(sequenceBreaks);
        checkpoints = List.copyOf(checkpoints);
        anchorProblems = List.copyOf(anchorProblems);
    }

    /** True when nothing at all was found wrong. */
    public boolean passed() {
        return sequenceBreaks.isEmpty() && firstMismatch == null && headProblem == null
                && checkpoints.stream().allMatch(CheckpointCheck::passed) && anchorProblems.isEmpty();
    }

    /** The signed restore records among the checkpoint lines. */
    public List<CheckpointCheck> restores() {
        return checkpoints.stream().filter(check -> check.restoredReason() != null).toList();
    }

    /**
     * A break in the run of sequence numbers 1, 2, 3...
     *
     * @param kind what kind of break
     * @param expected the sequence number that should have come next
     * @param found the one that came (for a missing tail, the last one the head row claims)
     */
    public record SequenceBreak(Kind kind, long expected, long found) {

        /** Kinds of break. */
        public enum Kind {
            /** Entries from expected to found - 1 are missing. */
            GAP,
            /** Sequence number found appears more than once. */
            DUPLICATE,
            /** The head row claims entries up to found, but the log ends before expected. */
            MISSING_TAIL
        }
    }

    /**
     * An entry whose stored values do not fit together.
     *
     * @param sequence the entry
     * @param field what is wrong
     * @param detail what exactly, for people
     */
    public record Mismatch(long sequence, Field field, String detail) {

        /** Which stored value disagrees. */
        public enum Field {
            /** The body is unreadable, not canonical, or says something other than the entry's columns. */
            BODY,
            /** The leaf hash is not SHA-256(0x00 || body). */
            LEAF_HASH,
            /** The chain hash is not SHA-256(previous chain hash || leaf hash). */
            CHAIN_HASH
        }
    }

    /**
     * One checkpoint line and what became of it.
     *
     * @param line its line number in the checkpoint file
     * @param checkpoint what it says, or null when the line could not be read
     * @param signatureValid whether the signature verifies with this installation's key
     * @param consistency how the log as it is now relates to it
     * @param detail what exactly, for people
     * @param restoredReason for a restore record, the reason it gives; null for a checkpoint
     */
    public record CheckpointCheck(int line, Checkpoint checkpoint, boolean signatureValid, Consistency consistency,
            String detail, String restoredReason) {

        public boolean passed() {
            return signatureValid && (consistency == Consistency.CONSISTENT || consistency == Consistency.RESTORED_AWAY);
        }

        /** How the current log relates to a checkpoint. */
        public enum Consistency {
            /** The first size entries hash to the checkpoint's root. */
            CONSISTENT,
            /** The first size entries hash to another root: the log was rewritten. */
            ROOT_DIFFERS,
            /** The log now has fewer entries than the checkpoint: it was truncated. */
            TRUNCATED,
            /** The line could not be read as a checkpoint. */
            UNREADABLE,
            /**
             * It covers more entries than a later signed restore record kept: the database was
             * restored from an older copy, an audited event rather than tampering.
             */
            RESTORED_AWAY
        }
    }
}
