package com.mediapatch.operations;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed with SIGKILL right after commits were acknowledged loses none of them:
 * the embedded database URL asks H2 to write every commit to its file before it returns.
 */
class EmbeddedDatabaseDurabilityTests {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCommitSurvivesAKillDashNine() throws Exception {
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseUrl.forDataDir(dataDir), "mediapatch", "");
                Statement ddl = connection.createStatement()) {
            ddl.execute("create table durability_probe (id bigint primary key, body varchar(200))");
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
                // Libraries on the class path may log to standard output too; only bare ids are acknowledgements.
                if (line.strip().matches("\\d+")) {
                    acknowledged.add(Long.parseLong(line.strip()));
                }
            }
            // Mid-stream: the writer is still committing when it dies (and its output is cut off).
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        List<Long> missing = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabaseUrl.forDataDir(dataDir), "mediapatch", "");
                PreparedStatement find = connection.prepareStatement("select count(*) from durability_probe where id = ?")) {
            for (long id : acknowledged) {
                find.setLong(1, id);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        missing.add(id);
                    }
                }
            }
        }
        assertThat(missing).as("acknowledged ids lost by the kill").isEmpty();
    }
}
