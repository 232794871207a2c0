package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.mediapatch.MediaPatchApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform refuses to start, with one clear line, when its database cannot be opened. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void firstStartCreatesTheEmbeddedDatabaseInsideTheDataDirReadableByItsOwnerOnly() throws IOException {
        Path dataDir = temp.resolve("fresh");
        try (var context = start("--mediapatch.data-dir=" + dataDir)) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(dataDir.resolve("db/mediapatch.mv.db")).isRegularFile();
        assertThat(mode(dataDir)).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("db"))).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(mode(dataDir.resolve("db/mediapatch.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(dataDir.resolve("keys/vault-master.json"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void corruptDatabaseFileStopsTheStartNamingTheDataDir(CapturedOutput output) throws IOException {
        Path dataDir = temp.resolve("corrupt");
        Files.createDirectories(dataDir.resolve("db"));
        Files.write(dataDir.resolve("db/mediapatch.mv.db"), "this is not an H2 database".repeat(200).getBytes());

        assertThatThrownBy(() -> start("--mediapatch.data-dir=" + dataDir)).isNotNull();

        assertThat(output.getOut()).contains("Cannot open the database jdbc:h2:file:")
                .contains("(data dir " + dataDir + ")");
    }

    @Test
    void unreachablePostgresStopsTheStartWithoutLeakingThePassword(CapturedOutput output) {
        assertThatThrownBy(() -> start("--mediapatch.data-dir=" + temp.resolve("pg"),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/mediapatch?password=hunter2",
                "--spring.datasource.hikari.connection-timeout=1000")).isNotNull();

        assertThat(output.getOut()).contains("Cannot open the database jdbc:postgresql://127.0.0.1:1/mediapatch")
                .doesNotContain("hunter2");
    }

    @Test
    void unusableDataDirStopsTheStartWithOneLine(CapturedOutput output) throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a file, not a directory");

        assertThatThrownBy(() -> start("--mediapatch.data-dir=" + blocker)).isNotNull();

        assertThat(output.getOut()).contains("The data directory " + blocker + " cannot be used");
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.profiles.active=default";
        all[args.length + 1] = "--server.port=0";
        all[args.length + 2] = "--spring.flyway.clean-disabled=true";
        return new SpringApplicationBuilder(MediaPatchApplication.class).run(all);
    }
}
