package com.mediapatch.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Backup and restore from the command line: "java -jar mediapatch.jar backup DIR" writes a
 * consistent backup of the data dir into the new or empty folder DIR, while the platform
 * runs or not; "restore DIR" puts one back into an empty data dir ("--force" replaces what
 * a non-empty one holds) and refuses while the platform runs on it. Further arguments are
 * Spring properties, such as --mediapatch.data-dir=... With PostgreSQL the backup runs
 * pg_dump when it is installed (else it prints the command and exits with 1), and the
 * restore prints the pg_restore command to run. Exit status: 0 when done, 1 when refused or
 * failed, 2 for a usage error.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** Whether the arguments ask for a backup or a restore rather than the web application. */
    public static boolean handles(String... args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command the arguments name and returns the process exit status. */
    public static int run(PrintStream out, String... args) {
        return run(out, () -> 0, args);
    }

    /**
     * As {@link #run(PrintStream, String...)}; once an embedded database was put back,
     * {@code afterRestore} runs and its status is the command's (the application records the
     * restore in the audit log there, a module this one may not call).
     */
    public static int run(PrintStream out, IntSupplier afterRestore, String... args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("usage: backup DIR | restore DIR [--force] [--property=value ...]");
            return 2;
        }
        Path folder = Path.of(args[1]).toAbsolutePath().normalize();
        List<String> properties = new ArrayList<>(List.of(args).subList(2, args.length));
        boolean force = properties.remove("--force");
        // Settings only: nothing may be made in the data dir (such as a fresh TLS certificate) before a restore.
        properties.add("--mediapatch.tls.mode=off");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn").run(properties.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            Path dataDir = Path.of(environment.getRequiredProperty(DataDirectory.PROPERTY));
            DatabaseLocation database = new DatabaseLocation(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username", ""), environment.getProperty("spring.datasource.password", ""));
            if (args[0].equals("backup")) {
                backup(dataDir, database, folder, out);
                if (!database.embedded() && !new PostgresDump(database).writeInto(folder, out)) {
                    return 1;
                }
            } else {
                new BackupRestorer(dataDir, database, Clock.systemUTC()).restore(folder, force, out);
                if (database.embedded()) {
                    return afterRestore.getAsInt();
                }
            }
            return 0;
        } catch (BackupRefused e) {
            out.println(e.getMessage());
            return 1;
        } catch (IOException | SQLException e) {
            out.println(args[0] + " failed: " + e);
            return 1;
        }
    }

    private static void backup(Path dataDir, DatabaseLocation database, Path target, PrintStream out)
            throws IOException, SQLException {
        List<Path> running = ControlSocket.answering(dataDir);
        if (!running.isEmpty()) {
            out.println("The platform is running on " + dataDir + ": it writes the backup.");
            if (!ControlSocket.requestBackup(running.get(0), target, out)) {
                throw new BackupRefused("The running platform could not write the backup.");
            }
            return;
        }
        BackupWriter writer = new BackupWriter(dataDir, database, Clock.systemUTC());
        if (!database.embedded()) {
            writer.write(target, null, out);
            return;
        }
        try (Connection connection = DriverManager.getConnection(database.existingOnly(), database.user(), database.password())) {
            writer.write(target, connection, out);
        } catch (SQLException e) {
            throw new BackupRefused("Cannot open the database " + database.shown() + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): is another program using it? Stop it, or start the platform and back up while it runs.", e);
        }
    }

    /**
     * No beans: the command only needs the settings (config files, profile, arguments) and the
     * data dir. Not a configuration class the platform's component scan would pick up.
     */
    static class SettingsOnly {
    }
}
