package com.mediapatch.godmode.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.Checkpoint;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.identity.AccountAdministration;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.vault.VaultKeys;

import org.springframework.stereotype.Service;

/**
 * Everything a God account can override, in one place for the dashboard and the console
 * alike: each method does the thing, then writes it to the audit log with the reason.
 * Destructive overrides refuse to run without a reason.
 */
@Service
public class Overrides {

    private final AccountAdministration accounts;
    private final SiteSettings site;
    private final VaultKeys vault;
    private final AuditLog audit;
    private final GodActions actions;
    private final Clock clock;

    Overrides(AccountAdministration accounts, SiteSettings site, VaultKeys vault, AuditLog audit, GodActions actions,
            Clock clock) {
        this.accounts = accounts;
        this.site = site;
        this.vault = vault;
        this.audit = audit;
        this.actions = actions;
        this.clock = clock;
    }

    public String suspend(GodActor actor, AccountOverview target, Instant until, String reason) {
        requireReason(reason);
        if (!until.isAfter(clock.instant())) {
            throw new OverrideRefused("A suspension has to end in the future.");
        }
        accounts.suspend(target.id(), until, reason.strip(), actor.god().id());
        record(actor, "account-suspended", target, reason, Map.of("until", until.toString()));
        return target.email() + " is suspended until " + until + ".";
    }

    public String ban(GodActor actor, AccountOverview target, String reason) {
        requireReason(reason);
        accounts.ban(target.id(), reason.strip(), actor.god().id());
        record(actor, "account-banned", target, reason, Map.of());
        return target.email() + " is banned.";
    }

    public String lift(GodActor actor, AccountOverview target, String reason) {
        boolean lifted = accounts.lift(target.id(), actor.god().id());
        record(actor, "account-restriction-lifted", target, reason, Map.of("changed", Boolean.toString(lifted)));
        return lifted ? target.email() + " may sign in again." : target.email() + " was not suspended or banned.";
    }

    public String endSessions(GodActor actor, AccountOverview target, String reason) {
        requireReason(reason);
        int ended = accounts.endSessions(target.id());
        record(actor, "sessions-ended", target, reason, Map.of("sessions", Integer.toString(ended)));
        return ended + " session" + (ended == 1 ? "" : "s") + " of " + target.email() + " ended.";
    }

    public String resetSecondFactors(GodActor actor, AccountOverview target, String reason) {
        requireReason(reason);
        accounts.resetSecondFactors(target.id());
        record(actor, "second-factors-reset", target, reason, Map.of());
        return "Two-step sign-in of " + target.email() + " is reset; they can set it up again.";
    }

    public String markEmailVerified(GodActor actor, AccountOverview target, String reason) {
        boolean changed = accounts.markEmailVerified(target.id());
        record(actor, "email-marked-verified", target, reason, Map.of("changed", Boolean.toString(changed)));
        return changed ? target.email() + " is now verified." : target.email() + " was already verified.";
    }

    public String grantRole(GodActor actor, AccountOverview target, String role, String reason) {
        accounts.grantRole(actor.god(), target.id(), role);
        record(actor, "role-granted", target, reason, Map.of("role", role));
        return target.email() + " is now " + role + ".";
    }

    public String revokeRole(GodActor actor, AccountOverview target, String role, String reason) {
        requireReason(reason);
        accounts.revokeRole(actor.god(), target.id(), role);
        record(actor, "role-revoked", target, reason, Map.of("role", role));
        return target.email() + " is no longer " + role + ".";
    }

    public String readOnly(GodActor actor, boolean on, String reason) {
        if (on) {
            requireReason(reason);
        }
        site.readOnly(on, actor.god().id());
        actions.record(actor.god(), actor.request(), "site-read-only-" + (on ? "on" : "off"), "site", reason, Map.of());
        return "Read-only mode is " + (on ? "on" : "off") + ".";
    }

    public String maintenance(GodActor actor, boolean on, String reason) {
        if (on) {
            requireReason(reason);
        }
        site.maintenance(on, actor.god().id());
        actions.record(actor.god(), actor.request(), "site-maintenance-" + (on ? "on" : "off"), "site", reason, Map.of());
        return "Maintenance mode is " + (on ? "on" : "off") + ".";
    }

    public String announce(GodActor actor, String text, String reason) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > 280) {
            throw new OverrideRefused("Announcements are at most 280 characters; this one has " + cleaned.length() + ".");
        }
        site.announce(cleaned, actor.god().id());
        actions.record(actor.god(), actor.request(), cleaned.isEmpty() ? "announcement-removed" : "announcement-set", "site",
                reason, cleaned.isEmpty() ? Map.of() : Map.of("text", cleaned));
        return cleaned.isEmpty() ? "The announcement is gone." : "The announcement is up.";
    }

    public String rotateKey(GodActor actor, String reason) {
        requireReason(reason);
        VaultKeys.KeyInfo key = vault.rotate("member:" + actor.god().id());
        actions.record(actor.god(), actor.request(), "vault-key-rotated", "vault", reason, Map.of("key", Long.toString(key.id())));
        return "Key " + key.id() + " is the new primary key; stored values are being re-encrypted in the background.";
    }

    public AuditVerification verifyAudit(GodActor actor) {
        AuditVerification verification = audit.verify();
        actions.record(actor.god(), actor.request(), "audit-verified", "audit", null,
                Map.of("passed", Boolean.toString(verification.passed()), "entries", Long.toString(verification.entriesChecked())));
        return verification;
    }

    public Checkpoint checkpoint(GodActor actor) {
        Checkpoint checkpoint = audit.checkpoint();
        actions.record(actor.god(), actor.request(), "audit-checkpoint-signed", "audit", null,
                Map.of("size", Long.toString(checkpoint.size())));
        return checkpoint;
    }

    private void record(GodActor actor, String action, AccountOverview target, String reason, Map<String, String> details) {
        actions.record(actor.god(), actor.request(), action, "member:" + target.id(), reason, details);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new OverrideRefused("Say why: this override needs a reason, and the reason goes into the audit log.");
        }
        if (reason.length() > 500) {
            throw new OverrideRefused("Keep the reason under 500 characters.");
        }
    }
}
