package com.mediapatch.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides the {@link Installation}: the configured id when there is one, else the id the
 * database's first migration made (the same for every node on that database).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstallationIdentity.Settings.class)
class InstallationIdentity {

    /**
     * The installation id setting (mediapatch.installation-id, env MEDIAPATCH_INSTALLATION).
     *
     * @param installationId empty to use the id stored in the database
     */
    @ConfigurationProperties("mediapatch")
    record Settings(@DefaultValue("") String installationId) {
    }

    @Bean
    Installation installation(Settings settings, JdbcClient jdbc) {
        return resolve(settings.installationId(), jdbc);
    }

    static Installation resolve(String configured, JdbcClient jdbc) {
        if (configured != null && !configured.isBlank()) {
            return new Installation(configured.trim());
        }
        return new Installation(jdbc.sql("SELECT id FROM operations_installation ORDER BY created_at, id")
                .query(String.class).list().get(0));
    }
}
