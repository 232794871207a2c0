package com.mediapatch.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.AuditVerification.CheckpointCheck;
import com.mediapatch.audit.AuditVerification.SequenceBreak;
import com.mediapatch.audit.VerificationOptions;

import org.springframework.stereotype.Component;

/**
 * Checks the whole log in one streaming pass (keyset pages of 5,000 rows): sequence, body,
 * leaf and chain of every entry, the head row, and every checkpoint's signature and
 * consistency with the log as it is now, then the anchor outside the database (see
 * AnchorChecks). Time is linear in the number of entries and memory logarithmic; damaged
 * data of any kind becomes a finding, never an exception.
 */
@Component
public class AuditVerifier {

    private final AuditEntries entries;
    private final Checkpoints checkpoints;
    private final AuditProperties properties;
    private final Clock clock;

    AuditVerifier(AuditEntries entries, Checkpoints checkpoints, AuditProperties properties, Clock clock) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.properties = properties;
        this.clock = clock;
    }

    /** The limits configured in mediapatch.audit.verify.*, without a witness. */
    public VerificationOptions configuredOptions() {
        return new VerificationOptions(properties.verify().maxUnsignedEntries(), properties.verify().maxUnsignedAge(),
                null);
    }

    public AuditVerification verify(VerificationOptions options) {
        List<CheckpointFile.Line> lines = checkpoints.lines();
        CheckpointComparison comparison = new CheckpointComparison(lines, checkpoints.notary());
        LogWalk walk = new LogWalk(comparison);
        Head head = readToHead(walk);
        List<SequenceBreak> breaks = new ArrayList<>(walk.breaks());
        entries.duplicates().forEach(sequence ->
                breaks.add(new SequenceBreak(SequenceBreak.Kind.DUPLICATE, sequence, sequence)));
        if (head.sequence() > walk.last()) {
            breaks.add(new SequenceBreak(SequenceBreak.Kind.MISSING_TAIL, walk.last() + 1, head.sequence()));
        }
        List<CheckpointCheck> checks = comparison.finish(walk.range().size());
        long tail = CheckpointComparison.unsignedTail(checks, walk.range().size());
        AnchorChecks anchor = new AnchorChecks(checkpoints.notary(), checkpoints.file(),
                properties.checkpointKeyFingerprint(), clock);
        anchor.key(walk.entries());
        anchor.checkpointLog(lines, walk.entries());
        anchor.unsignedTail(tail, CheckpointComparison.signedSize(checks), options, entries);
        if (options.witness() != null) {
            anchor.witness(new CheckpointFile(options.witness()), lines);
        }
        return new AuditVerification(walk.entries(), walk.first(), walk.last(), TreeHashes.hex(walk.range().root()),
                breaks, walk.firstMismatch(), walk.mismatched(), headProblem(head, walk), checks, tail,
                checkpoints.fingerprint(), anchor.problems());
    }

    /** Reads until the head row claims no entry beyond those read, so appends during the pass are included. */
    private Head readToHead(LogWalk walk) {
        while (true) {
            long before = walk.last();
            entries.scan(walk.last(), walk);
            Head head = entries.head();
            if (head.sequence() <= walk.last() || walk.last() == before) {
                return head;
            }
        }
    }

    private static String headProblem(Head head, LogWalk walk) {
        if (head.sequence() < walk.last()) {
            return "the head row says the log ends at " + head.sequence() + " but it has entries up to " + walk.last();
        }
        if (head.sequence() == walk.last() && !walk.lastChain().equals(head.chain())) {
            return "the head row's chain hash " + head.chain() + " is not the last entry's " + walk.lastChain();
        }
        return null;
    }
}
