package com.mediapatch.audit.internal;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Where the audit log keeps what must not live in the database: the checkpoint signing key
 * (keys/audit-checkpoint.ed25519 in the data dir, another file, or given inline so every
 * node has the same one), the checkpoint file (audit/checkpoints.log unless configured),
 * and the witnesses each checkpoint is sent to. In read-only mode (the verifier) a missing
 * key is not created.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    CheckpointNotary checkpointNotary(AuditProperties properties, @Value("${mediapatch.data-dir}") String dataDir) {
        if (!properties.checkpointKey().isBlank()) {
            return new CheckpointNotary(CheckpointKeys.parse(properties.checkpointKey()));
        }
        Path file = properties.checkpointKeyFile().isBlank() ? Path.of(dataDir, "keys", "audit-checkpoint.ed25519")
                : Path.of(properties.checkpointKeyFile());
        KeyPair keys = properties.readOnly() ? CheckpointKeys.loadIfPresent(file) : CheckpointKeys.loadOrCreate(file);
        return new CheckpointNotary(keys);
    }

    @Bean
    CheckpointFile checkpointFile(AuditProperties properties, @Value("${mediapatch.data-dir}") String dataDir) {
        return new CheckpointFile(properties.checkpointFile().isBlank() ? Path.of(dataDir, "audit", "checkpoints.log")
                : Path.of(properties.checkpointFile()));
    }

    @Bean
    CheckpointWitnesses checkpointWitnesses(AuditProperties properties, ObjectProvider<JavaMailSender> mail,
            @Value("${mediapatch.god.emails:philiptowan@gmail.com,octofiend@gmail.com}") String godEmails) {
        AuditProperties.Witness witness = properties.witness();
        List<String> addresses = Arrays.stream(godEmails.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new CheckpointWitnesses(CheckpointWitnesses.fileAt(witness.file()), witness.url(), witness.timeout(),
                witness.mail() ? mail.getIfAvailable() : null, addresses);
    }
}
