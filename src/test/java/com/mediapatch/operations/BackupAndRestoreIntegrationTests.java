package com.mediapatch.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.mediapatch.IntegrationTest;
import com.mediapatch.Commands;
import com.mediapatch.MediaPatchApplication;
import com.mediapatch.audit.AuditCommand;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.internal.Registration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "backup DIR" while members sign up, "restore DIR" into a fresh data dir: the restored
 * platform starts, signs a member in and its audit log verifies.
 */
@IntegrationTest
class BackupAndRestoreIntegrationTests {

    @TempDir
    Path temp;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Autowired
    Registration registration;

    @Autowired
    AuditLog audit;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aBackupTakenWhileMembersSignUpRestoresIntoAPlatformThatStartsSignsInAndVerifies() throws Exception {
        assumeTrue(databaseUrl.startsWith("jdbc:h2:"), "the embedded database's backup (PostgreSQL uses pg_dump)");
        String member = AccountFixtures.newEmail();
        registration.registerVerified(member, AccountFixtures.PASSWORD, "Backed Up");
        audit.checkpoint();

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread signUps = new Thread(() -> {
            while (writing.get()) {
                registration.registerVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD, "Busy Member");
                written.incrementAndGet();
            }
        });
        signUps.start();
        Path backup = temp.resolve("backup");
        int backedUp;
        try {
            while (written.get() < 3) {
                Thread.sleep(20);
            }
            backedUp = command("backup", backup.toString(), "--mediapatch.data-dir=" + dataDir);
        } finally {
            writing.set(false);
            signUps.join();
        }
        assertThat(backedUp).as(output()).isZero();
        assertThat(output()).contains("The platform is running", "keys: copied", "audit: copied", "database: H2 online backup");
        assertThat(output().indexOf("audit: copied")).isLessThan(output().indexOf("database:"));

        Path restored = temp.resolve("restored");
        assertThat(Commands.run(new PrintStream(printed, true, StandardCharsets.UTF_8), "restore", backup.toString(),
                "--mediapatch.data-dir=" + restored, "--spring.profiles.active=default")).as(output()).hasValue(0);
        assertThat(output()).as("the restore is recorded in the audit log, signed").contains("Restore record signed");

        try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(MediaPatchApplication.class)
                .run("--mediapatch.data-dir=" + restored, "--server.port=0", "--spring.profiles.active=default",
                        "--spring.flyway.clean-disabled=true")) {
            assertThat(signIn(((WebServerApplicationContext) platform).getWebServer().getPort(), member)).isEqualTo(200);
        }
        printed.reset();
        assertThat(AuditCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), "audit", "verify",
                "--mediapatch.data-dir=" + restored, "--spring.profiles.active=default", "--spring.flyway.clean-disabled=true"))
                .as(output()).isZero();

        printed.reset();
        assertThat(command("restore", backup.toString(), "--mediapatch.data-dir=" + restored, "--force")).as(output()).isZero();
        assertThat(restored.resolve("restored-from-backup.properties")).content().contains("from=" + backup);
    }

    @Test
    void withPostgresTheKeysAndCheckpointsAreCopiedThenPgDumpWritesTheDatabase() throws Exception {
        assumeTrue(databaseUrl.startsWith("jdbc:postgresql:"), "the PostgreSQL procedure");
        audit.checkpoint();
        Path backup = temp.resolve("backup");

        assertThat(command("backup", backup.toString(), "--mediapatch.data-dir=" + dataDir)).as(output()).isZero();

        assertThat(output()).contains("The platform is running", "audit: copied", "pg_dump --format=custom --no-owner --file="
                + backup.resolve("database.pgdump"), "--dbname=postgresql://");
        assertThat(backup.resolve("keys/vault-master.json")).isRegularFile();
        assertThat(backup.resolve("audit/checkpoints.log")).isRegularFile();
        assertThat(backup.resolve("backup.properties")).content().contains("database=postgresql");
        assertThat(output()).contains("database: pg_dump wrote");
        assertThat(backup.resolve("database.pgdump")).isNotEmptyFile();
    }

    @Test
    void restoreRefusesWhileThePlatformRunsOnTheDataDirAndANonEmptyDataDirWithoutForce() throws Exception {
        Path backup = Files.createDirectories(temp.resolve("backup"));
        Files.writeString(backup.resolve("backup.properties"), "database=h2\n");
        Files.createDirectories(backup.resolve("db"));
        Files.writeString(backup.resolve("db/database.zip"), "");

        assertThat(command("restore", backup.toString(), "--mediapatch.data-dir=" + dataDir)).isEqualTo(1);
        assertThat(output()).contains("The platform is running on the data dir " + dataDir);

        Path used = Files.createDirectories(temp.resolve("used/keys"));
        Files.writeString(used.resolve("vault-master.json"), "{}");
        printed.reset();
        assertThat(command("restore", backup.toString(), "--mediapatch.data-dir=" + used.getParent())).isEqualTo(1);
        assertThat(output()).contains("is not empty", "--force");
        assertThat(used.resolve("vault-master.json")).hasContent("{}");
    }

    @Test
    void aBackupNeverOverwritesAnotherOne() throws Exception {
        Path backup = Files.createDirectories(temp.resolve("earlier"));
        Files.writeString(backup.resolve("backup.properties"), "database=h2\n");

        assertThat(command("backup", backup.toString(), "--mediapatch.data-dir=" + dataDir)).isEqualTo(1);
        assertThat(output()).contains("is not empty");
        assertThat(BackupCommand.run(new PrintStream(printed), "backup")).isEqualTo(2);
    }

    private int command(String... args) {
        return BackupCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static int signIn(int port, String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + AccountFixtures.PASSWORD + "\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
