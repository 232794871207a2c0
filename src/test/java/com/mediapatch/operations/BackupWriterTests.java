package com.mediapatch.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BackupWriterTests {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void withPostgresTheFilesAreCopiedCheckpointsFirstProfileImagesAfterAndThePgDumpCommandIsPrintedWithoutThePassword() throws Exception {
        Path dataDir = temp.resolve("data");
        Files.createDirectories(dataDir.resolve("keys"));
        Files.createDirectories(dataDir.resolve("audit"));
        Files.writeString(dataDir.resolve("keys/vault-master.json"), "{\"key\":1}");
        Files.writeString(dataDir.resolve("audit/checkpoints.log"), "checkpoint\n");
        Files.createDirectories(dataDir.resolve("profile-images"));
        Files.writeString(dataDir.resolve("profile-images/photo-small.jpg"), "jpeg");
        DatabaseLocation postgres = new DatabaseLocation("jdbc:postgresql://db.internal:5432/mediapatch?password=hunter2",
                "mediapatch", "hunter2");
        Path backup = temp.resolve("backup");

        new BackupWriter(dataDir, postgres, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC))
                .write(backup, null, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("pg_dump --format=custom --no-owner --file=" + backup.resolve("database.pgdump")
                + " --username=mediapatch --dbname=postgresql://db.internal:5432/mediapatch").doesNotContain("hunter2");
        assertThat(output.indexOf("audit: copied")).isLessThan(output.indexOf("database:"));
        assertThat(backup.resolve("keys/vault-master.json")).hasContent("{\"key\":1}");
        assertThat(backup.resolve("audit/checkpoints.log")).hasContent("checkpoint\n");
        assertThat(output.indexOf("profile-images: copied")).isGreaterThan(output.indexOf("database:"));
        assertThat(backup.resolve("profile-images/photo-small.jpg")).hasContent("jpeg");
        assertThat(backup.resolve("backup.properties")).content().contains("created-at=2026-12-04T10:00:00Z", "database=postgresql");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rwx------");
    }
}
