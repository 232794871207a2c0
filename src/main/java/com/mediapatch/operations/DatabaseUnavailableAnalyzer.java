package com.mediapatch.operations;

import java.sql.SQLException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be opened into one clear line naming the cause, the database
 * and the data dir, instead of a page of stack trace. Only connection-level failures are
 * claimed (SQL state classes 08, 28, 3D and H2's open/lock/corruption codes); a broken
 * migration keeps Spring's normal report.
 */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAnalyzer.class);
    private static final Set<String> STATE_CLASSES = Set.of("08", "28", "3D");
    private static final Set<Integer> H2_OPEN_FAILURES = Set.of(90020, 90028, 90030, 90048, 90049, 90146);

    private final Environment environment;

    DatabaseUnavailableAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isOpenFailure(cause)) {
            return null;
        }
        String url = withoutCredentials(environment.getProperty("spring.datasource.url", "(not set)"));
        String dataDir = environment.getProperty(DataDirectory.PROPERTY, "(not set)");
        String line = "Cannot open the database " + url + " (data dir " + dataDir + "): "
                + firstLine(cause.getMessage());
        log.error(line);
        return new FailureAnalysis(line,
                "Check that the data dir is writable and not used by another running instance, "
                        + "or that the configured PostgreSQL server is reachable with these credentials.",
                cause);
    }

    static boolean isOpenFailure(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.length() >= 2 && STATE_CLASSES.contains(state.substring(0, 2)))
                || H2_OPEN_FAILURES.contains(e.getErrorCode());
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
