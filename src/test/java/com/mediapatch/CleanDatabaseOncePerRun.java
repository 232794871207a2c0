package com.mediapatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test runs reuse the same H2 file and the same PostgreSQL database; the first Spring
 * context of a run wipes the schema so every run starts from the migrations alone, and
 * later contexts of the same run share what is there. The audit checkpoints signed for the
 * wiped log go with it: kept, they would rightly report the new log as a rewritten one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOncePerRun {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate(@Value("${mediapatch.data-dir}") String dataDir) {
        return flyway -> {
            if (cleaned.compareAndSet(false, true)) {
                flyway.clean();
                forgetCheckpoints(Path.of(dataDir, "audit", "checkpoints.log"));
            }
            flyway.migrate();
        };
    }

    private static void forgetCheckpoints(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
