package com.mediapatch.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mediapatch.audit.AuditVerification.Mismatch;
import com.mediapatch.audit.AuditVerification.SequenceBreak;

/**
 * The state of one pass over the log in sequence order: the expected next sequence number,
 * the previous chain hash, the Merkle accumulator and the checkpoints still to be reached.
 * Memory stays constant (plus a hash per tree level) however long the log is.
 */
final class LogWalk implements Consumer<StoredRow> {

    private final CompactRange range = new CompactRange();
    private final CheckpointComparison checkpoints;
    private final List<SequenceBreak> breaks = new ArrayList<>();
    private byte[] previousChain = TreeHashes.GENESIS;
    private long entries;
    private long first;
    private long last;
    private Mismatch firstMismatch;
    private long mismatched;

    LogWalk(CheckpointComparison checkpoints) {
        this.checkpoints = checkpoints;
        checkpoints.reached(range);
    }

    @Override
    public void accept(StoredRow row) {
        if (entries == 0) {
            first = row.sequence();
        }
        long expected = last + 1;
        if (row.sequence() > expected) {
            breaks.add(new SequenceBreak(SequenceBreak.Kind.GAP, expected, row.sequence()));
        }
        entries++;
        last = Math.max(last, row.sequence());
        EntryCheck check = EntryCheck.of(row, previousChain);
        if (check.mismatch() != null) {
            mismatched++;
            if (firstMismatch == null) {
                firstMismatch = check.mismatch();
            }
        }
        previousChain = check.chain();
        range.add(check.leaf());
        checkpoints.reached(range);
    }

    long entries() {
        return entries;
    }

    long first() {
        return first;
    }

    long last() {
        return last;
    }

    String lastChain() {
        return TreeHashes.hex(previousChain);
    }

    CompactRange range() {
        return range;
    }

    List<SequenceBreak> breaks() {
        return breaks;
    }

    Mismatch firstMismatch() {
        return firstMismatch;
    }

    long mismatched() {
        return mismatched;
    }
}
