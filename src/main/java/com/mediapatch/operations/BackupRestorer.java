package com.mediapatch.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.stream.Stream;

import org.h2.api.ErrorCode;
import org.h2.tools.Restore;
import org.springframework.util.FileSystemUtils;

/**
 * Puts a backup back into a data dir that holds no files yet (or, when forced, replaces what
 * it holds). The embedded database comes back from H2's backup; a PostgreSQL database is
 * restored by the operator with pg_restore, as printed. Refuses while a platform runs on the
 * data dir.
 */
final class BackupRestorer {

    /**
     * Left in the data dir after a restore. The audit log reads nothing from it yet; it is the
     * place to record, signed, that the log was restored to a given size.
     */
    static final String RESTORE_NOTE = "restored-from-backup.properties";

    private final Path dataDir;
    private final DatabaseLocation database;
    private final Clock clock;

    BackupRestorer(Path dataDir, DatabaseLocation database, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
    }

    void restore(Path backup, boolean force, PrintStream out) throws IOException {
        if (!Files.isRegularFile(backup.resolve(BackupWriter.MANIFEST))) {
            throw new BackupRefused(backup + " is not a backup of The Media Patch (no " + BackupWriter.MANIFEST + ").");
        }
        Path zip = backup.resolve(BackupWriter.EMBEDDED_DATABASE);
        if (database.embedded() && !Files.isRegularFile(zip)) {
            throw new BackupRefused("The backup " + backup + " holds no embedded database (it was made with PostgreSQL).");
        }
        if (ControlSocket.anyAnswering(dataDir) || embeddedDatabaseInUse()) {
            throw new BackupRefused("The platform is running on the data dir " + dataDir + ": stop it before restoring.");
        }
        if (holdsFiles(dataDir) && !force) {
            throw new BackupRefused("The data dir " + dataDir + " is not empty: restore into an empty one, or add --force "
                    + "to replace its database, keys, audit checkpoints, TLS files, mailbox and profile images.");
        }
        for (String folder : DataDirectory.FOLDERS) {
            FileSystemUtils.deleteRecursively(dataDir.resolve(folder));
        }
        for (String folder : BackupWriter.BEFORE_DATABASE) {
            copy(backup, folder, out);
        }
        if (database.embedded()) {
            Path base = database.embeddedBase();
            Files.createDirectories(base.getParent());
            Restore.execute(zip.toString(), base.getParent().toString(), base.getFileName().toString());
            out.println("database: H2 restored to " + base.getParent());
        } else {
            out.println("database: restore PostgreSQL yourself, into an empty database, before starting the platform:");
            out.println("  pg_restore --no-owner " + database.postgresArguments() + " " + backup.resolve(BackupWriter.POSTGRES_DUMP));
        }
        for (String folder : BackupWriter.AFTER_DATABASE) {
            copy(backup, folder, out);
        }
        for (String folder : DataDirectory.FOLDERS) {
            DataDirectory.ownerOnlyFolder(dataDir.resolve(folder));
        }
        Files.copy(backup.resolve(BackupWriter.MANIFEST), dataDir.resolve(RESTORE_NOTE), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dataDir.resolve(RESTORE_NOTE), "restored-at=" + clock.instant() + "\nfrom=" + backup + "\n",
                StandardOpenOption.APPEND);
        out.println("Restored " + backup + " into " + dataDir);
    }

    /** Another process holds the embedded database open (a platform without a control socket, a SQL console). */
    private boolean embeddedDatabaseInUse() {
        if (!database.embedded() || !Files.exists(Path.of(database.embeddedBase() + ".mv.db"))) {
            return false;
        }
        try (Connection probe = DriverManager.getConnection(database.existingOnly(), database.user(), database.password())) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }

    /** Any regular file anywhere below the data dir (the empty folders made at start do not count). */
    static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.anyMatch(Files::isRegularFile);
        }
    }

    private void copy(Path backup, String folder, PrintStream out) throws IOException {
        Path from = backup.resolve(folder);
        if (Files.isDirectory(from)) {
            FileSystemUtils.copyRecursively(from, dataDir.resolve(folder));
            out.println(folder + ": restored");
        }
    }
}
