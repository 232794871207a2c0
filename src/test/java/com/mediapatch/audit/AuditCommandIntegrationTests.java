package com.mediapatch.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** "java -jar mediapatch.jar audit ..." against a fresh embedded installation. */
class AuditCommandIntegrationTests {

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void checkpointSignsAndVerifyFailsWithStatusOneOnADamagedCheckpointFile() throws Exception {
        assertThat(run("audit", "checkpoint")).isZero();
        assertThat(output()).contains("Checkpoint signed", "mediapatch/localhost 0 ");

        Files.writeString(dataDir.resolve("audit/checkpoints.log"), "not a checkpoint\n", StandardOpenOption.APPEND);
        printed.reset();

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(output()).contains("entries checked: 0", "line 1: OK CONSISTENT, size 0",
                "line 2: FAILED UNREADABLE", "FAILED");
    }

    @Test
    void unknownCommandsGetUsageAndStatusTwo() {
        assertThat(run("audit", "rewrite")).isEqualTo(2);
        assertThat(output()).contains("usage: audit verify [--witness FILE] | audit checkpoint");
        assertThat(run("audit", "restored")).as("a restore record needs a reason").isEqualTo(2);
        assertThat(AuditCommand.handles("audit", "verify")).isTrue();
        assertThat(AuditCommand.handles("--server.port=0")).isFalse();
    }

    @Test
    void verifyingADataDirThatDoesNotExistFailsAndCreatesNothing() {
        Path absent = dataDir.resolve("absent");

        assertThat(runIn(absent, "audit", "verify")).isEqualTo(1);

        assertThat(output()).contains("does not exist", "FAILED");
        assertThat(absent).doesNotExist();
    }

    @Test
    void verifyingAnEmptyDataDirOrOneWithoutADatabaseFailsAndCreatesNothing() throws Exception {
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(output()).contains("is empty", "FAILED");
        assertThat(dataDir).isEmptyDirectory();

        Files.writeString(dataDir.resolve("notes.txt"), "not a database");
        printed.reset();

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(output()).contains("cannot open the database", "FAILED");
        assertThat(contents(dataDir)).containsExactly("notes.txt");
    }

    @Test
    void aDeletedCheckpointLogFailsVerificationOnceTheLogHasEntries() throws Exception {
        assertThat(run("audit", "restored", "--reason", "first entry")).isZero();
        assertThat(run("audit", "checkpoint")).isZero();
        assertThat(run("audit", "verify")).isZero();

        Files.delete(dataDir.resolve("audit/checkpoints.log"));
        printed.reset();

        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(output()).contains("checkpoints: 0", "anchor: the checkpoint log", "is missing, but the log has 1 entries");
    }

    @Test
    void aReplacedKeyAndCheckpointLogFailAgainstThePinnedFingerprint() throws Exception {
        run("audit", "restored", "--reason", "first entry");
        run("audit", "checkpoint");
        printed.reset();
        assertThat(run("audit", "verify")).isZero();
        String pinned = fingerprint();
        String pin = "--mediapatch.audit.checkpoint-key-fingerprint=" + pinned;
        assertThat(run("audit", "verify", pin)).isZero();

        // The insider makes a new key and signs a fresh checkpoint log with it.
        Files.delete(dataDir.resolve("keys/audit-checkpoint.ed25519"));
        Files.delete(dataDir.resolve("audit/checkpoints.log"));
        assertThat(run("audit", "checkpoint")).isZero();
        printed.reset();
        assertThat(run("audit", "verify")).as("without a pin the swap goes unnoticed").isZero();
        printed.reset();

        assertThat(run("audit", "verify", pin)).isEqualTo(1);
        assertThat(output()).contains("is not the pinned " + pinned + ": the key was replaced", "FAILED");
    }

    @Test
    void checkpointsReSignedWithAnotherKeyFailAgainstTheWitnessCopy() throws Exception {
        Path witness = elsewhere.resolve("witness.log");
        String toWitness = "--mediapatch.audit.witness.file=" + witness;
        run("audit", "restored", "--reason", "first entry", toWitness);
        run("audit", "checkpoint", toWitness);
        assertThat(Files.readAllLines(witness)).hasSize(2)
                .isEqualTo(Files.readAllLines(dataDir.resolve("audit/checkpoints.log")));
        printed.reset();
        assertThat(run("audit", "verify", "--witness", witness.toString())).isZero();

        // The insider replaces the key and re-signs every line of the checkpoint log with it.
        Files.delete(dataDir.resolve("keys/audit-checkpoint.ed25519"));
        Files.delete(dataDir.resolve("audit/checkpoints.log"));
        run("audit", "checkpoint");
        printed.reset();
        assertThat(run("audit", "verify")).as("the re-signed log on its own passes").isZero();
        printed.reset();

        assertThat(run("audit", "verify", "--witness=" + witness)).isEqualTo(1);
        assertThat(output()).contains("witness line 2 (checkpoint over 1 entries",
                "does not verify with this installation's key", "is missing from the local checkpoint log", "FAILED");
    }

    @Test
    void anOlderDatabaseRestoredNextToNewerCheckpointsPassesOnceTheRestoreIsRecorded() throws Exception {
        run("audit", "restored", "--reason", "first entry");
        run("audit", "checkpoint");
        Path backup = elsewhere.resolve("db");
        copy(dataDir.resolve("db"), backup);
        run("audit", "restored", "--reason", "second entry");
        run("audit", "restored", "--reason", "third entry");
        run("audit", "checkpoint");
        printed.reset();
        assertThat(run("audit", "verify")).isZero();

        copy(backup, dataDir.resolve("db"));
        printed.reset();
        assertThat(run("audit", "verify")).as("the newer checkpoints no longer fit the older database").isEqualTo(1);
        assertThat(output()).contains("TRUNCATED");

        assertThat(run("audit", "restored", "--reason", "restored the nightly backup")).isZero();
        printed.reset();

        assertThat(run("audit", "verify")).isZero();
        assertThat(output()).contains("RESTORED_AWAY", "restored: to 1 entries at", "PASSED");
    }

    private String fingerprint() {
        Matcher matcher = Pattern.compile("checkpoint key fingerprint: (SHA256:\\S+)").matcher(output());
        assertThat(matcher.find()).as(output()).isTrue();
        return matcher.group(1);
    }

    private int run(String... command) {
        return runIn(dataDir, command);
    }

    private int runIn(Path dir, String... command) {
        String[] args = new String[command.length + 3];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--mediapatch.data-dir=" + dir;
        args[command.length + 1] = "--spring.profiles.active=default";
        args[command.length + 2] = "--spring.flyway.clean-disabled=true";
        return AuditCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<String> contents(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /**
     * Copies database files as an operator would with the platform stopped: first making sure no
     * earlier command in this JVM still holds the embedded database open (H2 would keep serving
     * its pages from memory instead of the copied file).
     */
    private void copy(Path from, Path to) throws Exception {
        for (Path dir : List.of(from, to)) {
            if (Files.exists(dir.resolve("mediapatch.mv.db"))) {
                try (Connection open = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("mediapatch")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE",
                        "mediapatch", ""); Statement shutdown = open.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
