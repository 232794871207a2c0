package com.mediapatch.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform where to open it and where its data lives. */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            Environment environment = ready.getApplicationContext().getEnvironment();
            log.info("The Media Patch is ready at {}://localhost:{}/ (data dir {})", environment.getProperty("mediapatch.tls.scheme", "http"),
                    web.getWebServer().getPort(), environment.getProperty(DataDirectory.PROPERTY));
        }
    }
}
