package com.mediapatch.operations;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations boots on its own, with nothing from any other module: the installation id that names what nodes
 * share outside the database is made and read without them.
 */
@ApplicationModuleTest
class OperationsModuleTests {

    @Autowired
    Installation installation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void nothingOfAnotherModuleIsStarted() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(Class::getPackageName).filter(name -> name.startsWith("com.mediapatch.")))
                .isNotEmpty().allMatch(name -> name.startsWith("com.mediapatch.operations"));
    }

    @Test
    void theInstallationIsTheOneItsDatabaseMade() {
        assertThat(installation.id()).isEqualTo(jdbc.queryForObject(
                "select id from operations_installation order by created_at, id fetch first 1 rows only", String.class));
    }
}
