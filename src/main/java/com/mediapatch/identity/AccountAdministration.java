package com.mediapatch.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mediapatch.identity.internal.AccountDirectory;
import com.mediapatch.identity.internal.AccountRestrictions;
import com.mediapatch.identity.internal.Authorities;
import com.mediapatch.identity.internal.EmailVerification;
import com.mediapatch.identity.internal.AccessEnding;
import com.mediapatch.identity.internal.Passkeys;
import com.mediapatch.identity.internal.RoleAssignments;
import com.mediapatch.identity.internal.SecondFactors;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What God Mode may do to any account: look it up, suspend, ban and lift, end its sessions,
 * reset its second factors and vouch for its email address. Every method needs the God role;
 * callers record the action in the audit log with their reason.
 */
@Service
@PreAuthorize("hasRole('GOD')")
public class AccountAdministration {

    private final AccountDirectory directory;
    private final AccountRestrictions restrictions;
    private final AccessEnding access;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final EmailVerification verification;
    private final RoleAssignments roles;
    private final Authorities gods;
    private final Clock clock;

    AccountAdministration(AccountDirectory directory, AccountRestrictions restrictions, AccessEnding access,
            SecondFactors secondFactors, Passkeys passkeys, EmailVerification verification, RoleAssignments roles,
            Authorities gods, Clock clock) {
        this.roles = roles;
        this.gods = gods;
        this.directory = directory;
        this.restrictions = restrictions;
        this.access = access;
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.verification = verification;
        this.clock = clock;
    }

    /**
     * A page of accounts whose email starts with {@code query} (all when blank), newest first, older than
     * {@code after} or newer than {@code before} (both null: the newest).
     */
    public AccountPage search(String query, AccountFilter filter, AccountId after, AccountId before, int size) {
        return directory.search(query, filter, after, before, size);
    }

    public Optional<AccountOverview> overview(AccountId account) {
        return directory.overview(account);
    }

    public Optional<AccountOverview> byEmail(String email) {
        return directory.byEmail(email);
    }

    /**
     * Suspends until {@code until}; ends every session and API token. Moderators may too, for
     * moderation cases, but only God suspends a moderator, an admin or a God account.
     */
    @PreAuthorize("hasRole('GOD') or hasAuthority('moderation.review')")
    public void suspend(AccountId account, Instant until, String reason, AccountId by) {
        if (!until.isAfter(clock.instant())) {
            throw new SuspensionEndsInThePast();
        }
        if (!callerIsGod() && privileged(account)) {
            throw new PrivilegedAccount();
        }
        restrictions.restrict(account, until, reason, by);
    }

    private boolean privileged(AccountId account) {
        return !roles.assignedTo(account).isEmpty() || overview(account).map(found -> gods.isGodEmail(found.email())).orElse(false);
    }

    private static boolean callerIsGod() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().anyMatch(granted -> "ROLE_GOD".equals(granted.getAuthority()));
    }

    /** A moderator tried to suspend someone who holds a role or God Mode. */
    public static class PrivilegedAccount extends DomainProblem {
        PrivilegedAccount() {
            super(ProblemType.FORBIDDEN, "Only a God account can suspend a moderator, an admin or another God account.");
        }
    }

    /** A suspension was asked to end at a time already past. */
    public static class SuspensionEndsInThePast extends DomainProblem {
        SuspensionEndsInThePast() {
            super(ProblemType.VALIDATION_FAILED, "A suspension must end in the future.");
        }
    }

    /** Bans until lifted; ends every session and API token. */
    public void ban(AccountId account, String reason, AccountId by) {
        restrictions.restrict(account, null, reason, by);
    }

    public boolean lift(AccountId account, AccountId by) {
        return restrictions.lift(account, by);
    }

    /** Ends every session, API token and live connection (the rule of EndAccessReason.SESSIONS_ENDED). */
    public int endSessions(AccountId account) {
        return access.end(account, EndAccessReason.SESSIONS_ENDED);
    }

    /** Removes the authenticator app, recovery codes and passkeys, and ends every session. */
    public void resetSecondFactors(AccountId account) {
        secondFactors.remove(account);
        passkeys.of(account).forEach(passkey -> passkeys.remove(account, passkey.id()));
        access.end(account, EndAccessReason.SECOND_FACTOR_RESET);
    }

    public boolean markEmailVerified(AccountId account) {
        return verification.markVerified(account);
    }

    /** Gives a role (moderator, admin); God itself is never given. Ends the member's sessions. */
    public void grantRole(Member by, AccountId account, String role) {
        roles.grant(by, account, role);
    }

    public void revokeRole(Member by, AccountId account, String role) {
        roles.revoke(by, account, role);
    }
}
