package com.mediapatch.audit;

import java.util.List;

/**
 * What a full check of the audit log found. The log passes when its sequence has no breaks,
 * every entry's body matches its columns and hashes, the head row matches the last entry,
 * and every checkpoint is validly signed and consistent with the log as it is now.
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
 */
public record AuditVerification(long entriesChecked, long firstSequence, long lastSequence, String root,
        List<SequenceBreak> sequenceBreaks, Mismatch firstMismatch, long mismatchedEntries, String headProblem,
        List<CheckpointCheck> checkpoints, long unsignedTail) {

    public AuditVerification {
        sequenceBreaks = List.copyOf(sequenceBreaks);
        checkpoints = List.copyOf(checkpoints);
    }

    /** True when nothing at all was found wrong. */
    public boolean passed() {
        return sequenceBreaks.isEmpty() && firstMismatch == null && headProblem == null
                && checkpoints.stream().allMatch(CheckpointCheck::passed);
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
     */
    public record CheckpointCheck(int line, Checkpoint checkpoint, boolean signatureValid, Consistency consistency,
            String detail) {

        public boolean passed() {
            return signatureValid && consistency == Consistency.CONSISTENT;
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
            UNREADABLE
        }
    }
}
