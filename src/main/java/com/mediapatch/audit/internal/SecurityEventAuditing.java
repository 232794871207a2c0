package com.mediapatch.audit.internal;

import java.util.Map;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.security.CaptureAttempted;
import com.mediapatch.vault.VaultKeyRetired;
import com.mediapatch.vault.VaultKeyRotated;

import org.springframework.stereotype.Component;

/**
 * Audits screen-capture attempts (already rate-limited per client) and the vault's key
 * rotations and retirements, one entry each.
 */
@Component
class SecurityEventAuditing {

    private final AuditChain chain;

    SecurityEventAuditing(AuditChain chain) {
        this.chain = chain;
    }

    @AuditListener(id = "audit.on-capture-attempted")
    void on(CaptureAttempted attempt) {
        String ip = attempt.client().startsWith("address:") ? attempt.client().substring("address:".length()) : null;
        chain.appendOnce(new AuditableAction(attempt.at(), attempt.client(), null, "security.capture-attempted", attempt.path(),
                null, ip, attempt.userAgent(), Map.of()));
    }

    @AuditListener(id = "audit.on-vault-key-rotated")
    void on(VaultKeyRotated rotated) {
        chain.appendOnce(AuditableAction.of(rotated.at(), rotated.actor(), "vault.key-rotated", "vault-key:" + rotated.newKeyId(),
                null, Map.of("previous", Long.toString(rotated.previousKeyId()))));
    }

    @AuditListener(id = "audit.on-vault-key-retired")
    void on(VaultKeyRetired retired) {
        chain.appendOnce(AuditableAction.of(retired.at(), "system:vault", "vault.key-retired", "vault-key:" + retired.keyId(), null,
                Map.of()));
    }
}
