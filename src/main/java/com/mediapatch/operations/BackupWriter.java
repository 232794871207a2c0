package com.mediapatch.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Writes one backup of the data dir into an empty folder. Order matters: the keys, then the
 * audit checkpoints, then the database, so the restored database is never older than the
 * restored checkpoints (a log shorter than its checkpoint reads as truncated); then TLS, the
 * mailbox and the profile images. The embedded database is copied with H2's own online backup, consistent while
 * the platform writes; PostgreSQL is dumped with pg_dump by the operator, as printed.
 */
final class BackupWriter {

    static final String MANIFEST = "backup.properties";
    static final String EMBEDDED_DATABASE = "db/database.zip";
    static final String POSTGRES_DUMP = "database.pgdump";
    static final List<String> BEFORE_DATABASE = List.of("keys", "audit");
    /** After the database, so every picture the copied database names is in the backup. */
    static final List<String> AFTER_DATABASE = List.of("tls", "mailbox", DataDirectory.PROFILE_IMAGES);

    private final Path dataDir;
    private final DatabaseLocation database;
    private final Clock clock;

    BackupWriter(Path dataDir, DatabaseLocation database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
    }

    /** Backs up through {@code connection} (a connection to the embedded database, or null for PostgreSQL). */
    void write(Path target, Connection connection, PrintStream out) throws IOException, SQLException {
        prepare(target);
        for (String folder : BEFORE_DATABASE) {
            copy(folder, target, out);
        }
        if (database.embedded()) {
            Path zip = target.resolve(EMBEDDED_DATABASE);
            Files.createDirectories(zip.getParent());
            backUpEmbedded(connection, zip);
            out.println("database: H2 online backup to " + zip);
        } else {
            out.println("database: PostgreSQL is not in the data dir; it is dumped next with (password in PGPASSWORD):");
            out.println("  pg_dump --format=custom --no-owner --file=" + target.resolve(POSTGRES_DUMP) + " "
                    + database.postgresArguments());
        }
        for (String folder : AFTER_DATABASE) {
            copy(folder, target, out);
        }
        Files.writeString(target.resolve(MANIFEST), "# The Media Patch backup\ncreated-at=" + clock.instant()
                + "\ndatabase=" + (database.embedded() ? "h2" : "postgresql") + "\n");
        out.println("Backup written to " + target);
    }

    /** H2's own online backup: a consistent copy while the database is in use. */
    private static void backUpEmbedded(Connection connection, Path zip) throws SQLException {
        try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, zip.toString());
            backup.execute();
        }
    }

    private static void prepare(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> inside = Files.list(target)) {
                if (inside.findAny().isPresent()) {
                    throw new BackupRefused("The backup folder " + target + " is not empty: name a new or empty folder.");
                }
            }
        }
        DataDirectory.ownerOnlyFolder(target);
    }

    private void copy(String folder, Path target, PrintStream out) throws IOException {
        Path from = dataDir.resolve(folder);
        if (Files.isDirectory(from)) {
            FileSystemUtils.copyRecursively(from, target.resolve(folder));
            DataDirectory.ownerOnlyFolder(target.resolve(folder));
            out.println(folder + ": copied");
        }
    }
}
