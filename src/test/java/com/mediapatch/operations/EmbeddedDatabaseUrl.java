package com.mediapatch.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** The embedded database URL exactly as application.properties writes it, for a given data dir. */
final class EmbeddedDatabaseUrl {

    private EmbeddedDatabaseUrl() {
    }

    static String forDataDir(Path dataDir) {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseUrl.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.datasource.url")
                .replace("${" + DataDirectory.PROPERTY + "}", dataDir.toAbsolutePath().toString());
    }
}
