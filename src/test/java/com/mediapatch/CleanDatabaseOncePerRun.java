package com.mediapatch;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test runs reuse the same H2 file and the same PostgreSQL database; the first Spring
 * context of a run wipes the schema so every run starts from the migrations alone, and
 * later contexts of the same run share what is there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseOncePerRun {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (cleaned.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
