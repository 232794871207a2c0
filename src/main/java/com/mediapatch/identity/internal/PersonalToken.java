package com.mediapatch.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token: named by its owner, limited to some scopes, stored as a hash. */
@Entity
@Table(name = "identity_personal_token")
public class PersonalToken {

    /** How precisely the last use is kept. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 1000)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PersonalToken() {
    }

    PersonalToken(UUID accountId, String name, String tokenHash, List<String> scopes, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = String.join(" ", scopes);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public List<String> scopes() {
        return Arrays.asList(scopes.split(" "));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Notes a use. The time is kept to the {@link #LAST_USE_PRECISION} only, so a token that calls the API many times
     * a second is written once a minute rather than on every call.
     */
    void used(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION))) {
            lastUsedAt = now;
        }
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
