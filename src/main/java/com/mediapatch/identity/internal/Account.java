package com.mediapatch.identity.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.Restriction;

/** An account: an email address, a password hash and whether the address is proven. */
@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "banned_at")
    private Instant bannedAt;

    @Column(name = "restriction_reason")
    private String restrictionReason;

    @Version
    private long version;

    protected Account() {
    }

    Account(AccountId id, String email, String passwordHash, Instant now) {
        this.id = id.value();
        this.email = normalize(email);
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Returns true only the first time, so verifying twice does not publish twice. */
    boolean verifyEmail(Instant now) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = now;
        return true;
    }

    void changeEmail(String newEmail, Instant now) {
        this.email = normalize(newEmail);
        this.emailVerifiedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    /** The suspension or ban in force at {@code now}, if any. */
    Optional<Restriction> restriction(Instant now) {
        if (bannedAt != null) {
            return Optional.of(new Restriction(null, restrictionReason));
        }
        if (suspendedUntil != null && suspendedUntil.isAfter(now)) {
            return Optional.of(new Restriction(suspendedUntil, restrictionReason));
        }
        return Optional.empty();
    }

    void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.restrictionReason = reason;
    }

    void ban(String reason, Instant now) {
        this.bannedAt = now;
        this.restrictionReason = reason;
    }

    void lift() {
        this.suspendedUntil = null;
        this.bannedAt = null;
        this.restrictionReason = null;
    }

    Member toMember() {
        return new Member(id(), email, emailVerified(), passwordHash, Set.of("ROLE_MEMBER"));
    }
}
