package com.mediapatch.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring secret sent by mail; only its hash is stored. */
@Entity
@Table(name = "identity_account_token")
class AccountToken {

    /** What a token may be used for, and how long it lives. */
    enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofMinutes(30)), CHANGE_EMAIL(Duration.ofHours(24));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "new_email", length = 254)
    private String newEmail;

    protected AccountToken() {
    }

    AccountToken(UUID accountId, Purpose purpose, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime);
    }

    AccountToken forNewEmail(String email) {
        this.newEmail = email;
        return this;
    }

    String newEmail() {
        return newEmail;
    }

    UUID accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    boolean used() {
        return usedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    UUID id() {
        return id;
    }
}
