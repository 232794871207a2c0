package com.mediapatch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mediapatch.audit.AuditCommand;
import com.mediapatch.operations.BackupCommand;

/**
 * The platform's command-line verbs ("audit ...", "backup DIR", "restore DIR"), run instead of
 * the web application. A restore of the embedded database is followed by a signed restore
 * record in the audit log ("audit restored"), so checkpoints signed after the backup read as
 * restored away, not as tampering.
 */
public final class Commands {

    private Commands() {
    }

    /** The exit status, when the arguments name a command; empty when they start the platform. */
    public static Optional<Integer> run(PrintStream out, String... args) {
        if (AuditCommand.handles(args)) {
            return Optional.of(AuditCommand.run(out, args));
        }
        if (BackupCommand.handles(args)) {
            return Optional.of(BackupCommand.run(out, () -> AuditCommand.run(out, restoreRecord(args)), args));
        }
        return Optional.empty();
    }

    /** "audit restored" with the restore's own settings (data dir, profile...). */
    private static String[] restoreRecord(String... restore) {
        List<String> record = new ArrayList<>(List.of("audit", "restored", "--reason", "restored from the backup in " + restore[1]));
        List.of(restore).subList(2, restore.length).stream().filter(argument -> !argument.equals("--force"))
                .forEach(record::add);
        return record.toArray(String[]::new);
    }
}
