package com.mediapatch.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Random keys kept as files in the data dir, created on first use and readable by their owner only. */
final class KeyFiles {

    private KeyFiles() {
    }

    static byte[] loadOrCreate(Path file, int bytes) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[bytes];
            new SecureRandom().nextBytes(fresh);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // File systems without POSIX permissions (Windows): rely on the data dir's own access rules.
                Files.createFile(file);
            } catch (FileAlreadyExistsException createdMeanwhile) {
                return Files.readAllBytes(file);
            }
            Files.write(file, fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }
}
