package com.mediapatch.operations;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every node on one database is the same installation, unless the operator names it. */
@IntegrationTest
class InstallationIntegrationTests {

    @Autowired
    Installation installation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nodesOnOneDatabaseShareTheIdTheDatabaseWasGiven() {
        String stored = jdbc.sql("SELECT id FROM operations_installation").query(String.class).single();

        assertThat(installation.id()).isEqualTo(stored);
        assertThat(InstallationIdentity.resolve("", jdbc)).isEqualTo(installation);
        assertThat(installation.redisName("messaging:activity")).isEqualTo("mediapatch:" + stored + ":messaging:activity");
    }

    @Test
    void aConfiguredIdWins() {
        assertThat(InstallationIdentity.resolve("patch-north", jdbc).id()).isEqualTo("patch-north");
    }

    @Test
    void idsThatCouldSpillIntoOtherRedisNamesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Installation("north:*"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Installation(""));
    }
}
