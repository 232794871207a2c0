package com.mediapatch.operations;

import java.nio.file.Path;

/** The data directory cannot hold the platform's files; the platform refuses to start. */
public class DataDirectoryUnavailable extends RuntimeException {

    private final transient Path directory;

    DataDirectoryUnavailable(Path directory, String reason) {
        super("The data directory " + directory + " cannot be used: " + reason);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
