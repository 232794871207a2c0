package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code mediapatch.data-dir} (env {@code MEDIAPATCH_DATA_DIR}, default
 * {@code ./data}) to an absolute path and creates it before anything else needs it, so
 * the embedded database, mailbox, media and keys all land in one place an operator can
 * back up. A directory that cannot be created or written stops the start with
 * {@link DataDirectoryUnavailable}.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "mediapatch.data-dir";
    private static final String DEFAULT = "./data";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = Path.of(environment.getProperty(PROPERTY, DEFAULT)).toAbsolutePath().normalize();
        prepare(dir);
        environment.getPropertySources().addFirst(new MapPropertySource("mediapatchDataDirectory",
                Map.of(PROPERTY, dir.toString())));
    }

    static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnavailable(dir, "it cannot be created (" + e + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new DataDirectoryUnavailable(dir, "it is not writable by this process");
        }
    }

    /** After the config files are read, so a data dir set there is honoured. */
    @Override
    public int getOrder() {
        // Before the settings that place files in the data dir (the TLS certificate).
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
