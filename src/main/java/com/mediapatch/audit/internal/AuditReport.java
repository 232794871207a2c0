package com.mediapatch.audit.internal;

import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.AuditVerification.CheckpointCheck;
import com.mediapatch.audit.AuditVerification.Mismatch;
import com.mediapatch.audit.AuditVerification.SequenceBreak;
import com.mediapatch.audit.Checkpoint;

/** A verification or checkpoint as plain text, for operators and their scripts. */
public final class AuditReport {

    private AuditReport() {
    }

    public static String of(AuditVerification result) {
        StringBuilder out = new StringBuilder("Audit log verification\n");
        out.append("  entries checked: ").append(result.entriesChecked());
        if (result.entriesChecked() > 0) {
            out.append(" (sequence ").append(result.firstSequence()).append("..").append(result.lastSequence()).append(')');
        }
        out.append("\n  tree hash: ").append(result.root()).append('\n');
        if (result.sequenceBreaks().isEmpty()) {
            out.append("  sequence: no gaps or duplicates\n");
        }
        for (SequenceBreak gap : result.sequenceBreaks()) {
            out.append("  sequence: ").append(gap.kind()).append(" expected ").append(gap.expected())
                    .append(", found ").append(gap.found()).append('\n');
        }
        Mismatch mismatch = result.firstMismatch();
        out.append(mismatch == null ? "  hashes: every body, leaf hash and chain hash matches\n"
                : "  hashes: " + result.mismatchedEntries() + " entries do not match; first: entry "
                        + mismatch.sequence() + " " + mismatch.field() + ": " + mismatch.detail() + "\n");
        out.append("  head: ").append(result.headProblem() == null ? "matches the last entry" : result.headProblem())
                .append('\n');
        out.append("  checkpoints: ").append(result.checkpoints().size()).append('\n');
        for (CheckpointCheck check : result.checkpoints()) {
            out.append("    line ").append(check.line()).append(": ").append(check.passed() ? "OK " : "FAILED ")
                    .append(check.restoredReason() == null ? "" : "RESTORE RECORD ").append(check.consistency());
            if (check.checkpoint() != null) {
                out.append(", size ").append(check.checkpoint().size()).append(" at ").append(check.checkpoint().at());
            }
            out.append(" (").append(check.detail()).append(")\n");
        }
        out.append("  unsigned tail: ").append(result.unsignedTail()).append(" entries after the last good checkpoint\n");
        for (CheckpointCheck restore : result.restores()) {
            out.append("  restored: to ").append(restore.checkpoint().size()).append(" entries at ")
                    .append(restore.checkpoint().at()).append(" (line ").append(restore.line()).append(")\n");
        }
        out.append("  checkpoint key fingerprint: ").append(result.keyFingerprint()).append('\n');
        for (String problem : result.anchorProblems()) {
            out.append("  anchor: ").append(problem).append('\n');
        }
        return out.append(result.passed() ? "PASSED\n" : "FAILED\n").toString();
    }

    public static String of(Checkpoint checkpoint) {
        return "Checkpoint signed\n  " + CheckpointFile.format(checkpoint) + "\n";
    }

    public static String ofRestore(Checkpoint record) {
        return "Restore record signed: the log was restored to " + record.size() + " entries at " + record.at() + "\n";
    }
}
