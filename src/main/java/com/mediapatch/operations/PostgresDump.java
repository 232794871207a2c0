package com.mediapatch.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs pg_dump for a backup when it is installed where the command runs, with the
 * platform's database settings (the password goes in PGPASSWORD, never on the command line
 * or in the output); otherwise the command already printed is left for the operator.
 */
final class PostgresDump {

    private final DatabaseLocation database;

    PostgresDump(DatabaseLocation database) {
        this.database = database;
    }

    /** True when the dump was written. */
    boolean writeInto(Path backup, PrintStream out) throws IOException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner",
                "--file=" + backup.resolve(BackupWriter.POSTGRES_DUMP)));
        command.addAll(List.of(database.postgresArguments().split(" ")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (database.password() != null && !database.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", database.password());
        }
        Process dump;
        try {
            dump = builder.start();
        } catch (IOException notInstalled) {
            out.println("pg_dump is not installed here: run the command above on a machine that has it.");
            return false;
        }
        dump.getInputStream().transferTo(out);
        try {
            int status = dump.waitFor();
            out.println(status == 0 ? "database: pg_dump wrote " + backup.resolve(BackupWriter.POSTGRES_DUMP)
                    : "pg_dump failed with status " + status + ": run the command above yourself.");
            return status == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dump.destroy();
            return false;
        }
    }
}
