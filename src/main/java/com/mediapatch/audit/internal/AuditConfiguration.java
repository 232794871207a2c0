package com.mediapatch.audit.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the audit log keeps what must not live in the database: the checkpoint signing key
 * (keys/audit-checkpoint.ed25519) and the checkpoint file (audit/checkpoints.log), both in
 * the data dir.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    CheckpointNotary checkpointNotary(@Value("${mediapatch.data-dir}") String dataDir) {
        return new CheckpointNotary(CheckpointKeys.loadOrCreate(Path.of(dataDir, "keys", "audit-checkpoint.ed25519")));
    }

    @Bean
    CheckpointFile checkpointFile(@Value("${mediapatch.data-dir}") String dataDir) {
        return new CheckpointFile(Path.of(dataDir, "audit", "checkpoints.log"));
    }
}
