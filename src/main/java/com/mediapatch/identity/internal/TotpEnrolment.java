package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account's authenticator app: the sealed secret and the last step a code was used for. */
@Entity
@Table(name = "identity_totp")
class TotpEnrolment {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "sealed_secret", nullable = false, length = 512)
    private String sealedSecret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected TotpEnrolment() {
    }

    TotpEnrolment(UUID accountId, String sealedSecret, long usedStep, Instant now) {
        this.accountId = accountId;
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = usedStep;
        this.enrolledAt = now;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    static String context(UUID accountId) {
        return "identity_totp.sealed_secret:" + accountId;
    }
}
