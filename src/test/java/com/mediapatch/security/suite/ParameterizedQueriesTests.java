package com.mediapatch.security.suite;

import java.nio.file.Path;

import com.mediapatch.security.suite.fixtures.StringBuiltSql;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the application runs is a constant with bound parameters: no SQL or JPQL built
 * from strings, no plain JDBC statements, no ad-hoc queries, nothing spliced into @Query.
 * The same rules run against a deliberately unsafe fixture, to prove they can fail.
 */
class ParameterizedQueriesTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.mediapatch");
    private static final JavaClasses UNSAFE_FIXTURE = new ClassFileImporter()
            .importPackages(StringBuiltSql.class.getPackageName());

    @Test
    void productionCodeBuildsNoQueryFromStrings() {
        SqlRules.noQueriesBuiltFromStrings().check(PRODUCTION);
    }

    @Test
    void productionCodeUsesNoPlainJdbcStatements() {
        SqlRules.noPlainJdbcStatements().check(PRODUCTION);
    }

    @Test
    void productionCodeCreatesNoAdHocJpqlOrNativeQueries() {
        SqlRules.noAdHocJpqlOrNativeQueries().check(PRODUCTION);
    }

    @Test
    void productionQueryAnnotationsSpliceNothingIn() {
        assertThat(QueryAnnotations.violationsUnder(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theImportSeesTheApplicationsDataAccess() {
        assertThat(PRODUCTION.stream().map(type -> type.getSimpleName()))
                .contains("RoleAssignments", "ProfileRepository", "ProfileCatalogue");
    }

    @Test
    void theRulesFlagEveryUnsafeQueryInTheFixture() {
        assertThat(violations(SqlRules.noQueriesBuiltFromStrings())).contains("StringBuiltSql.concatenated",
                "StringBuiltSql.built", "StringBuiltSql.formatted", "StringBuiltSql.statement");
        assertThat(violations(SqlRules.noPlainJdbcStatements())).contains("createStatement()", "executeUpdate(");
        assertThat(violations(SqlRules.noAdHocJpqlOrNativeQueries())).contains("createQuery(", "createNativeQuery(");
        assertThat(QueryAnnotations.violationsIn(Path.of("src/test/java", StringBuiltSql.class.getName()
                .replace('.', '/') + ".java"))).hasSize(2);
    }

    private static String violations(ArchRule rule) {
        return String.join("\n", rule.evaluate(UNSAFE_FIXTURE).getFailureReport().getDetails());
    }
}
