package com.mediapatch.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** "java -jar mediapatch.jar audit ..." against a fresh embedded installation. */
class AuditCommandIntegrationTests {

    @TempDir
    Path dataDir;

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
        assertThat(output()).contains("usage: audit verify | audit checkpoint");
        assertThat(AuditCommand.handles("audit", "verify")).isTrue();
        assertThat(AuditCommand.handles("--server.port=0")).isFalse();
    }

    private int run(String... command) {
        String[] args = new String[command.length + 3];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--mediapatch.data-dir=" + dataDir;
        args[command.length + 1] = "--spring.profiles.active=default";
        args[command.length + 2] = "--spring.flyway.clean-disabled=true";
        return AuditCommand.run(new PrintStream(printed, true, StandardCharsets.UTF_8), args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
