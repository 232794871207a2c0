package com.mediapatch.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL roles the README prescribes: migrations run as the owner, the application as
 * a runtime role with only the grants listed there. Connected as that role, nobody can switch
 * off, drop or go around the audit table's guard. Runs in the PostgreSQL pass only.
 */
@IntegrationTest
class DatabaseRolesIntegrationTests {

    static final String RUNTIME_ROLE = "mediapatch_runtime_test";

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @BeforeEach
    void runtimeRoleWithTheReadmeGrants() {
        assumeTrue(new Tampering(jdbc).onPostgres(), "database roles are a PostgreSQL matter");
        jdbc.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + RUNTIME_ROLE + "') THEN "
                + "CREATE ROLE " + RUNTIME_ROLE + " LOGIN; END IF; END $$");
        String database = jdbc.queryForObject("select current_database()", String.class);
        // The grants of README "Roles on PostgreSQL", word for word.
        jdbc.execute("GRANT CONNECT ON DATABASE " + database + " TO " + RUNTIME_ROLE);
        jdbc.execute("GRANT USAGE ON SCHEMA public TO " + RUNTIME_ROLE);
        jdbc.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + RUNTIME_ROLE);
        jdbc.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + RUNTIME_ROLE);
        jdbc.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM " + RUNTIME_ROLE);
    }

    @Test
    void theRuntimeRoleCannotDisableDropOrGoAroundTheAuditGuard() throws SQLException {
        try (Connection runtime = DriverManager.getConnection(url, RUNTIME_ROLE, "")) {
            for (String attack : new String[] {
                    "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
                    "ALTER TABLE audit_entry DISABLE TRIGGER USER",
                    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only",
                    "DROP TRIGGER audit_entry_append_only ON audit_entry",
                    "DROP FUNCTION audit_entry_refuse_change() CASCADE",
                    "UPDATE audit_entry SET actor = 'member:mallory' WHERE seq = 1",
                    "DELETE FROM audit_entry WHERE seq = 1",
                    "TRUNCATE audit_entry",
                    "DROP TABLE audit_entry CASCADE"}) {
                assertThatExceptionOfType(SQLException.class).as(attack).isThrownBy(() -> execute(runtime, attack))
                        .satisfies(refused -> assertThat(refused.getSQLState()).as(attack).isEqualTo("42501"));
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgrelid = 'audit_entry'::regclass "
                + "and not tgisinternal and tgenabled <> 'D'", Integer.class)).isEqualTo(2);
    }

    @Test
    void theRuntimeRoleAppendsAndReadsAsTheApplicationDoes() throws SQLException {
        try (Connection runtime = DriverManager.getConnection(url, RUNTIME_ROLE, "")) {
            runtime.setAutoCommit(false);
            try (Statement statement = runtime.createStatement()) {
                statement.executeQuery("select last_seq from audit_head where id = 1 for update").close();
                assertThat(statement.executeUpdate("insert into audit_entry (seq, occurred_at, actor, action, details, "
                        + "body, leaf_hash, chain_hash) values (-1, now(), 'system:role-test', 'roles.insert', '{}', "
                        + "'{}', 'x', 'x')")).isEqualTo(1);
                assertThat(statement.executeUpdate("update audit_head set last_seq = last_seq where id = 1")).isEqualTo(1);
                assertThat(statement.executeUpdate("update audit_checkpoint_lease set holder = holder where id = 1"))
                        .isEqualTo(1);
                var count = statement.executeQuery("select count(*) from audit_entry where seq = -1");
                count.next();
                assertThat(count.getInt(1)).isEqualTo(1);
            } finally {
                runtime.rollback();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
