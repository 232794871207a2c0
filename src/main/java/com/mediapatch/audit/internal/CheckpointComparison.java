package com.mediapatch.audit.internal;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import com.mediapatch.audit.AuditVerification.CheckpointCheck;
import com.mediapatch.audit.AuditVerification.CheckpointCheck.Consistency;

/**
 * Holds every checkpoint against the log while it is read once, in order: when the number
 * of leaves read reaches a checkpoint's size, the tree hash so far must equal its root. A
 * checkpoint larger than the whole log means the log lost entries it once had, unless a
 * later signed restore record says the log was restored to fewer entries than it covers.
 */
final class CheckpointComparison {

    private final CheckpointCheck[] checks;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(Comparator.comparingLong(Pending::size));

    private record Pending(int index, long size) {
    }

    CheckpointComparison(List<CheckpointFile.Line> lines, CheckpointNotary notary) {
        checks = new CheckpointCheck[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            CheckpointFile.Line line = lines.get(i);
            if (line.checkpoint() == null) {
                checks[i] = new CheckpointCheck(line.number(), null, false, Consistency.UNREADABLE, line.problem(), null);
            } else {
                boolean signed = notary.verifies(line.checkpoint(), line.restoredReason());
                checks[i] = new CheckpointCheck(line.number(), line.checkpoint(), signed, null,
                        signed ? "signature valid" : "signature does not verify with this installation's key",
                        line.restoredReason());
                pending.add(new Pending(i, line.checkpoint().size()));
            }
        }
    }

    /** Compares every checkpoint of exactly this many leaves with their tree hash. */
    void reached(CompactRange range) {
        while (!pending.isEmpty() && pending.peek().size() == range.size()) {
            int index = pending.poll().index();
            String root = TreeHashes.hex(range.root());
            boolean same = root.equals(checks[index].checkpoint().root());
            conclude(index, same ? Consistency.CONSISTENT : Consistency.ROOT_DIFFERS,
                    same ? "the first " + range.size() + " entries hash to its root"
                            : "the first " + range.size() + " entries now hash to " + root);
        }
    }

    /** Concludes the checkpoints the log never reached, and those a restore record superseded. */
    List<CheckpointCheck> finish(long leaves) {
        while (!pending.isEmpty()) {
            Pending unreached = pending.poll();
            conclude(unreached.index(), Consistency.TRUNCATED, "it covers " + unreached.size()
                    + " entries but the log now has only " + leaves);
        }
        for (int i = 0; i < checks.length; i++) {
            CheckpointCheck check = checks[i];
            if (check.consistency() == Consistency.TRUNCATED || check.consistency() == Consistency.ROOT_DIFFERS) {
                int index = i;
                List.of(checks).stream().filter(restore -> supersedes(restore, check)).findFirst()
                        .ifPresent(restore -> supersede(index, restore));
            }
        }
        return List.of(checks);
    }

    /** Leaves after the largest checkpoint (or restore record) that is signed and consistent. */
    static long unsignedTail(List<CheckpointCheck> checks, long leaves) {
        return Math.max(0, leaves - signedSize(checks));
    }

    /** The size of the largest checkpoint (or restore record) that is signed and consistent. */
    static long signedSize(List<CheckpointCheck> checks) {
        return checks.stream().filter(check -> check.signatureValid() && check.consistency() == Consistency.CONSISTENT)
                .mapToLong(check -> check.checkpoint().size()).max().orElse(0);
    }

    private static boolean supersedes(CheckpointCheck restore, CheckpointCheck check) {
        return restore.restoredReason() != null && restore.passed() && restore.consistency() == Consistency.CONSISTENT
                && restore.checkpoint().size() < check.checkpoint().size()
                // Later in the log, not merely as late: a checkpoint and a record can carry the same second.
                && restore.line() > check.line();
    }

    private void supersede(int index, CheckpointCheck restore) {
        CheckpointCheck check = checks[index];
        checks[index] = new CheckpointCheck(check.line(), check.checkpoint(), check.signatureValid(),
                Consistency.RESTORED_AWAY, (check.signatureValid() ? "" : check.detail() + "; ") + "it covers "
                        + check.checkpoint().size() + " entries, but the restore record on line " + restore.line()
                        + " says the log was restored to " + restore.checkpoint().size() + " entries at "
                        + restore.checkpoint().at(), check.restoredReason());
    }

    private void conclude(int index, Consistency consistency, String detail) {
        CheckpointCheck check = checks[index];
        checks[index] = new CheckpointCheck(check.line(), check.checkpoint(), check.signatureValid(), consistency,
                check.signatureValid() ? detail : check.detail() + "; " + detail, check.restoredReason());
    }
}
