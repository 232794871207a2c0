package com.mediapatch.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One refresh token of a rotation family; only its hash is stored. */
@Entity
@Table(name = "identity_refresh_token")
class RefreshToken {

    static final Duration LIFETIME = Duration.ofDays(30);

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID familyId, UUID accountId, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    UUID id() {
        return id;
    }

    UUID familyId() {
        return familyId;
    }

    UUID accountId() {
        return accountId;
    }

    boolean used() {
        return usedAt != null;
    }

    boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
