package com.mediapatch.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start: names the checkpoint key's fingerprint in the log so the operator can pin it
 * (and complains loudly when it is not the pinned one), and signs a first checkpoint over a
 * new, empty log, so a checkpoint file deleted later is noticed by the verifier.
 */
@Component
class CheckpointStart {

    private static final Logger log = LoggerFactory.getLogger(CheckpointStart.class);

    private final Checkpoints checkpoints;
    private final AuditProperties properties;

    CheckpointStart(Checkpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String fingerprint = checkpoints.fingerprint();
        String pinned = properties.checkpointKeyFingerprint().strip();
        if (pinned.isEmpty()) {
            log.warn("Audit checkpoint key fingerprint {} is not pinned: set MEDIAPATCH_AUDIT_CHECKPOINT_KEY_FINGERPRINT={}"
                    + " so the verifier fails on any other key", fingerprint, fingerprint);
        } else if (!pinned.equals(fingerprint)) {
            log.error("Audit checkpoint key fingerprint {} is NOT the pinned {}: the key was replaced; the verifier "
                    + "will fail", fingerprint, pinned);
        } else {
            log.info("Audit checkpoint key fingerprint {} (pinned)", fingerprint);
        }
        if (properties.background() && !properties.readOnly()) {
            checkpoints.createGenesis();
        }
    }
}
