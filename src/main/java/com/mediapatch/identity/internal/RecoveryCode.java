package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One single-use recovery code, stored as a SHA-256 hash of its normalised text. */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID accountId, String codeHash) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    boolean used() {
        return usedAt != null;
    }
}
