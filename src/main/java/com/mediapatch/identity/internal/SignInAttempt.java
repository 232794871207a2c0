package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in attempt, the raw material of brute-force decisions. */
@Entity
@Table(name = "identity_sign_in_attempt")
class SignInAttempt {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String ip;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected SignInAttempt() {
    }

    SignInAttempt(String email, String ip, boolean succeeded, Instant at) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.ip = ip;
        this.succeeded = succeeded;
        this.attemptedAt = at;
    }

    UUID id() {
        return id;
    }
}
