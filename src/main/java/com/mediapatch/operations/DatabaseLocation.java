package com.mediapatch.operations;

import java.nio.file.Path;

/**
 * Where the configured database lives: the embedded H2 file (its folder and name, read from
 * the JDBC URL) or a PostgreSQL server, whose data the platform does not hold.
 */
record DatabaseLocation(String url, String user, String password) {

    private static final String H2_FILE = "jdbc:h2:file:";

    boolean embedded() {
        return url.startsWith(H2_FILE);
    }

    /** The H2 database file's path without its ".mv.db" suffix. */
    Path embeddedBase() {
        String path = url.substring(H2_FILE.length());
        int settings = path.indexOf(';');
        return Path.of(settings < 0 ? path : path.substring(0, settings)).toAbsolutePath().normalize();
    }

    /** The URL that opens the embedded database only if it exists, so a backup never makes an empty one. */
    String existingOnly() {
        return url + ";IFEXISTS=TRUE";
    }

    /**
     * The pg_dump / pg_restore arguments naming the PostgreSQL database: the JDBC URL as a
     * libpq URI (without its parameters) and the user; the password comes from PGPASSWORD.
     */
    String postgresArguments() {
        String uri = url.replaceFirst("^jdbc:", "");
        int parameters = uri.indexOf('?');
        return (user == null || user.isBlank() ? "" : "--username=" + user + " ")
                + "--dbname=" + (parameters < 0 ? uri : uri.substring(0, parameters));
    }

    /** The URL without credentials, for messages. */
    String shown() {
        return url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
    }
}
