package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded database creates its files with the process's default mode (usually readable
 * by everyone); once it is open, they are made readable by their owner only. Their folder
 * already is, from the start.
 */
@Component
@ConditionalOnWebApplication
class DatabaseFilePermissions {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFilePermissions.class);

    @EventListener
    void closeToOthers(ApplicationReadyEvent ready) {
        Path folder = Path.of(ready.getApplicationContext().getEnvironment().getRequiredProperty(DataDirectory.PROPERTY), "db");
        try {
            DataDirectory.ownerOnlyFolder(folder);
        } catch (IOException e) {
            log.warn("Cannot make the database files in {} readable by their owner only: {}", folder, e.toString());
        }
    }
}
