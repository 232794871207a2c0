package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the data dir property (env MEDIAPATCH_DATA_DIR, default ./data) to an absolute
 * path and creates it before anything else needs it, so the embedded database, mailbox,
 * media and keys all land in one place an operator can back up. The data dir and its
 * folders are readable by their owner only, and so is every file the platform writes there
 * (see {@link #createOwnerOnlyFile(Path)}). A directory that cannot be created or written
 * stops the start with {@link DataDirectoryUnavailable}.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "mediapatch.data-dir";
    /** False for commands that only look at a data dir: then nothing is created or changed in it. */
    public static final String CREATE_PROPERTY = "mediapatch.operations.create-data-dir";

    /** Members' profile photos and banners (written by profiles until a media module takes them over). */
    public static final String PROFILE_IMAGES = "profile-images";
    /** The folders the platform keeps in the data dir: database, keys, audit checkpoints, TLS, mailbox, profile images. */
    public static final List<String> FOLDERS = List.of("db", "keys", "audit", "tls", "mailbox", PROFILE_IMAGES);
    private static final String DEFAULT = "./data";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = Path.of(environment.getProperty(PROPERTY, DEFAULT)).toAbsolutePath().normalize();
        // Commands that only inspect a data dir (audit verify) must not create anything in it.
        if (environment.getProperty(CREATE_PROPERTY, Boolean.class, true)) {
            prepare(dir);
        }
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
        restrictToOwner(dir);
        for (String folder : FOLDERS) {
            try {
                ownerOnlyFolder(dir.resolve(folder));
            } catch (IOException e) {
                throw new DataDirectoryUnavailable(dir.resolve(folder), "it cannot be created (" + e + ")");
            }
        }
    }

    /**
     * Creates a new, empty file only its owner may read and write, failing if it exists. On
     * file systems without POSIX permissions (Windows) the data dir's own access rules apply.
     */
    public static Path createOwnerOnlyFile(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }

    /**
     * Creates the folder (and its parents) if needed and makes it, and the files directly in
     * it, readable by their owner only, so files written there before (by an older version
     * or by a library that ignores permissions, like the embedded database) are closed too.
     */
    public static Path ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrictToOwner(folder);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(DataDirectory::restrictToOwner);
        }
        return folder;
    }

    private static void restrictToOwner(Path path) {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
        } catch (UnsupportedOperationException notPosix) {
            // The data dir's own access rules apply.
        } catch (IOException | SecurityException e) {
            log.warn("Cannot make {} readable by its owner only: {}", path, e.toString());
        }
    }

    /** After the config files are read, so a data dir set there is honoured. */
    @Override
    public int getOrder() {
        // Before the settings that place files in the data dir (the TLS certificate).
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
