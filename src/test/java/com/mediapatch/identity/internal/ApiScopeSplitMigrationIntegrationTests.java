package com.mediapatch.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens made before the scope split keep exactly what they could do, under the new names.
 * Runs the real migrations on a database of its own: in-memory H2, or a schema of its own in
 * the PostgreSQL test database when the postgres profile is active.
 */
class ApiScopeSplitMigrationIntegrationTests {

    private static final String SPLIT = "2026.12.05.30";
    private static final boolean POSTGRES = System.getProperty("spring.profiles.active", "").contains("postgres");

    @Test
    void existingTokensGainTheSplitScopesTheirOldScopesImplied() {
        var dataSource = POSTGRES
                ? new DriverManagerDataSource(System.getProperty("MEDIAPATCH_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=scope_split", System.getProperty(
                        "MEDIAPATCH_DB_USER", "postgres"), "")
                : new DriverManagerDataSource("jdbc:h2:mem:scope-split;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "latest").clean();
        flyway(dataSource, lastBefore(dataSource, SPLIT)).migrate();
        UUID account = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));
        jdbc.update("insert into identity_account (id, email, password_hash, created_at, password_changed_at, version) "
                + "values (?, 'old@example.org', 'x', ?, ?, 0)", account, now, now);
        UUID reader = token(jdbc, account, "profile:read", now);
        UUID writer = token(jdbc, account, "profile:write", now);
        UUID both = token(jdbc, account, "profile:read profile:write social:read", now);
        UUID social = token(jdbc, account, "social:write", now);

        flyway(dataSource, SPLIT).migrate();

        assertThat(scopesOf(jdbc, reader)).isEqualTo("profile:read messages:read notifications:read");
        assertThat(scopesOf(jdbc, writer))
                .isEqualTo("profile:write messages:write notifications:write reports:write");
        assertThat(scopesOf(jdbc, both)).isEqualTo("profile:read profile:write social:read messages:read "
                + "notifications:read messages:write notifications:write reports:write");
        assertThat(scopesOf(jdbc, social)).isEqualTo("social:write");
        flyway(dataSource, SPLIT).clean();
    }

    /** The newest migration before the given one, so the test stands wherever an installation upgrades from. */
    private static String lastBefore(DataSource dataSource, String version) {
        MigrationVersion split = MigrationVersion.fromVersion(version);
        return Arrays.stream(flyway(dataSource, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(candidate -> candidate.compareTo(split) < 0).max(Comparator.naturalOrder()).orElseThrow()
                .getVersion();
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).cleanDisabled(false);
        if (POSTGRES) {
            configuration.schemas("scope_split"); // out of the way of the shared test schema
        }
        return configuration.locations("classpath:db/migration", "classpath:db/vendor/" + (POSTGRES ? "postgresql" : "h2"))
                .target(target).load();
    }

    private static UUID token(JdbcTemplate jdbc, UUID account, String scopes, Timestamp now) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into identity_personal_token (id, account_id, name, token_hash, scopes, created_at, expires_at) "
                + "values (?, ?, 'script', ?, ?, ?, ?)", id, account, id.toString(), scopes, now, now);
        return id;
    }

    private static String scopesOf(JdbcTemplate jdbc, UUID id) {
        return jdbc.queryForObject("select scopes from identity_personal_token where id = ?", String.class, id);
    }
}
