package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.mediapatch.vault.SealedColumn;
import com.mediapatch.vault.SealedText;

/** An account's authenticator app: the sealed secret and the last step a code was used for. */
@Entity
@Table(name = "identity_totp")
class TotpEnrolment {

    /** Where the authenticator secret is kept, encrypted by the vault and bound to its account. */
    static final SealedColumn SECRET = new SealedColumn("identity_totp", "account_id", "sealed_secret");

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "sealed_secret", nullable = false, length = 512)
    private SealedText sealedSecret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected TotpEnrolment() {
    }

    TotpEnrolment(UUID accountId, SealedText sealedSecret, long usedStep, Instant now) {
        this.accountId = accountId;
        this.sealedSecret = sealedSecret;
        this.lastUsedStep = usedStep;
        this.enrolledAt = now;
    }

    String secret() {
        return sealedSecret.reveal(SECRET.binding(accountId));
    }
}
