package com.mediapatch.audit.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountRegistered;
import com.mediapatch.identity.AccountRestricted;
import com.mediapatch.identity.AccountRestrictionLifted;
import com.mediapatch.identity.EmailChanged;
import com.mediapatch.identity.EmailVerified;
import com.mediapatch.identity.PasswordChanged;
import com.mediapatch.identity.RoleChanged;
import com.mediapatch.identity.SecondFactorChanged;
import com.mediapatch.identity.SignInAttempted;
import com.mediapatch.identity.SignedOut;

import org.springframework.stereotype.Component;

/**
 * Writes the identity module's security events to the audit log. Members appear as
 * "member:" and their account id. A sign-in's target is the member it signed into, or, when
 * it failed, the keyed hash of the address that was typed ({@link EmailKeys}): never the
 * typed text itself, which may be anyone's address or anything at all. A registration keeps
 * the address the account is known by, not the display name: that is the member's own text,
 * and the profile holds it.
 */
@Component
class IdentityAuditing {

    private final AuditChain chain;
    private final EmailKeys emailKeys;

    IdentityAuditing(AuditChain chain, EmailKeys emailKeys) {
        this.chain = chain;
        this.emailKeys = emailKeys;
    }

    @AuditListener(id = "audit.on-sign-in-attempted")
    void on(SignInAttempted attempt) {
        String actor = attempt.account() != null ? member(attempt.account())
                : attempt.ip() != null ? "address:" + attempt.ip() : "anonymous";
        String target = attempt.account() != null ? member(attempt.account()) : emailKeys.of(attempt.email());
        chain.appendOnce(new AuditableAction(attempt.at(), actor, null, "identity.sign-in", target,
                code(attempt.outcome()), attempt.ip(), attempt.userAgent(), Map.of()));
    }

    @AuditListener(id = "audit.on-signed-out")
    void on(SignedOut signedOut) {
        chain.appendOnce(bySelf(signedOut.at(), signedOut.account(), "identity.signed-out", null,
                Map.of("sessionsEnded", Integer.toString(signedOut.sessionsEnded()))));
    }

    @AuditListener(id = "audit.on-account-registered")
    void on(AccountRegistered registered) {
        chain.appendOnce(bySelf(registered.at(), registered.account(), "identity.account-registered", null,
                Map.of("email", registered.email())));
    }

    @AuditListener(id = "audit.on-email-verified")
    void on(EmailVerified verified) {
        chain.appendOnce(bySelf(verified.at(), verified.account(), "identity.email-verified", null,
                Map.of("email", verified.email())));
    }

    @AuditListener(id = "audit.on-email-changed")
    void on(EmailChanged changed) {
        chain.appendOnce(bySelf(changed.at(), changed.account(), "identity.email-changed", null,
                Map.of("from", changed.from(), "to", changed.to())));
    }

    @AuditListener(id = "audit.on-password-changed")
    void on(PasswordChanged changed) {
        chain.appendOnce(bySelf(changed.at(), changed.account(), "identity.password-changed",
                changed.byReset() ? "reset-link" : "settings", Map.of()));
    }

    @AuditListener(id = "audit.on-second-factor-changed")
    void on(SecondFactorChanged changed) {
        chain.appendOnce(bySelf(changed.at(), changed.account(), "identity.second-factor-changed", code(changed.change()),
                Map.of()));
    }

    @AuditListener(id = "audit.on-role-changed")
    void on(RoleChanged changed) {
        chain.appendOnce(AuditableAction.of(changed.at(), member(changed.by()),
                changed.granted() ? "identity.role-granted" : "identity.role-revoked", member(changed.account()), null,
                Map.of("role", changed.role())));
    }

    @AuditListener(id = "audit.on-account-restricted")
    void on(AccountRestricted restricted) {
        chain.appendOnce(AuditableAction.of(restricted.at(), member(restricted.by()),
                restricted.until() == null ? "identity.account-banned" : "identity.account-suspended", member(restricted.account()),
                restricted.reason(), restricted.until() == null ? Map.of() : Map.of("until", restricted.until().toString())));
    }

    @AuditListener(id = "audit.on-account-restriction-lifted")
    void on(AccountRestrictionLifted lifted) {
        chain.appendOnce(AuditableAction.of(lifted.at(), member(lifted.by()), "identity.account-restriction-lifted",
                member(lifted.account()), null, Map.of()));
    }

    private static AuditableAction bySelf(Instant at, AccountId account, String action, String reason,
            Map<String, String> details) {
        return AuditableAction.of(at, member(account), action, member(account), reason, details);
    }

    private static String member(AccountId account) {
        return "member:" + account;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
