package com.mediapatch.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.VerificationOptions;

/**
 * The checks on what anchors the log outside the database: the key is the pinned one, a log
 * with entries has its checkpoint log, the unsigned tail is within the limits, and every line
 * of a witness copy is validly signed and also in the local checkpoint log.
 */
final class AnchorChecks {

    private final CheckpointNotary notary;
    private final CheckpointFile local;
    private final String pinned;
    private final Clock clock;
    private final List<String> problems = new ArrayList<>();

    AnchorChecks(CheckpointNotary notary, CheckpointFile local, String pinned, Clock clock) {
        this.notary = notary;
        this.local = local;
        this.pinned = pinned.strip();
        this.clock = clock;
    }

    void key(long entries) {
        if (!pinned.isEmpty() && !pinned.equals(notary.fingerprint())) {
            problems.add("the checkpoint key's fingerprint " + notary.fingerprint() + " is not the pinned " + pinned
                    + ": the key was replaced");
        } else if (notary.publicKey().isEmpty() && entries > 0) {
            problems.add("there is no checkpoint key, but the log has " + entries + " entries");
        }
    }

    void checkpointLog(List<CheckpointFile.Line> lines, long entries) {
        if (lines.isEmpty() && entries > 0) {
            problems.add("the checkpoint log " + local.path() + " is " + (local.exists() ? "empty" : "missing")
                    + ", but the log has " + entries + " entries");
        }
    }

    void unsignedTail(long tail, long signedSize, VerificationOptions options, AuditEntries entries) {
        if (options.maxUnsignedEntries() > 0 && tail > options.maxUnsignedEntries()) {
            problems.add(tail + " entries are not covered by any checkpoint; the limit is " + options.maxUnsignedEntries());
        }
        if (tail > 0 && !options.maxUnsignedAge().isZero()) {
            Instant oldest = entries.find(signedSize + 1).map(AuditEntry::at).orElse(null);
            Instant limit = clock.instant().minus(options.maxUnsignedAge());
            if (oldest != null && oldest.isBefore(limit)) {
                problems.add("entry " + (signedSize + 1) + " of " + oldest + " is the first of " + tail
                        + " entries no checkpoint covers, older than the limit of " + options.maxUnsignedAge());
            }
        }
    }

    void witness(CheckpointFile witness, List<CheckpointFile.Line> localLines) {
        if (!witness.exists()) {
            problems.add("the witness file " + witness.path() + " does not exist");
            return;
        }
        Set<String> kept = localLines.stream().filter(line -> line.checkpoint() != null).map(CheckpointFile.Line::text)
                .collect(Collectors.toSet());
        for (CheckpointFile.Line line : witness.read()) {
            String name = "witness line " + line.number();
            if (line.checkpoint() == null) {
                problems.add(name + " is unreadable: " + line.problem());
                continue;
            }
            name += " (" + (line.restore() ? "restore record to " : "checkpoint over ") + line.checkpoint().size()
                    + " entries at " + line.checkpoint().at() + ")";
            if (!notary.verifies(line.checkpoint(), line.restoredReason())) {
                problems.add(name + " does not verify with this installation's key");
            }
            if (!kept.contains(line.text())) {
                problems.add(name + " is missing from the local checkpoint log");
            }
        }
    }

    List<String> problems() {
        return problems;
    }
}
