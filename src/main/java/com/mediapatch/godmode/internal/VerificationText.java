package com.mediapatch.godmode.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mediapatch.audit.AuditVerification;

/** A verifier's findings as console text. */
public final class VerificationText {

    private VerificationText() {
    }

    public static String of(AuditVerification verification) {
        List<String> lines = new ArrayList<>();
        lines.add((verification.passed() ? "PASSED" : "FAILED") + ": " + verification.entriesChecked() + " entries checked"
                + (verification.entriesChecked() > 0 ? " (#" + verification.firstSequence() + " to #" + verification.lastSequence() + ")" : "")
                + ", root " + verification.root());
        verification.sequenceBreaks().forEach(gap -> lines.add(word(gap.kind()) + ": expected #" + gap.expected() + ", found #" + gap.found()));
        if (verification.firstMismatch() != null) {
            lines.add("First mismatch: entry #" + verification.firstMismatch().sequence() + ", " + word(verification.firstMismatch().field())
                    + ": " + verification.firstMismatch().detail() + " (" + verification.mismatchedEntries() + " entries differ)");
        }
        if (verification.headProblem() != null) {
            lines.add("Head: " + verification.headProblem());
        }
        verification.checkpoints().forEach(check -> lines.add("Checkpoint line " + check.line()
                + (check.checkpoint() == null ? "" : " (size " + check.checkpoint().size() + ")") + ": signature "
                + (check.signatureValid() ? "valid" : "INVALID") + ", " + word(check.consistency())
                + (check.detail() == null ? "" : " - " + check.detail())));
        lines.add("Unsigned tail: " + verification.unsignedTail() + " entries");
        verification.anchorProblems().forEach(problem -> lines.add("Anchor: " + problem));
        lines.add("Checkpoint key fingerprint: " + verification.keyFingerprint());
        return String.join("\n", lines);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
