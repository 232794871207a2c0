package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.EndAccessReason;
import com.mediapatch.identity.PasswordChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by emailed link. Asking never reveals whether an account exists, not even
 * through its timing: the request only hands the address to the mail thread, which looks it
 * up and issues the link. A reset ends every session and revokes every API token of the
 * account and signs nobody in, so a second factor (when one is enrolled) is still asked at
 * the next sign-in.
 */
@Service
public class PasswordReset {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final OutgoingMail outgoing;
    private final TransactionTemplate transaction;
    private final PasswordEncoder encoder;
    private final AccessEnding access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokens tokens, AccountMail mail, OutgoingMail outgoing,
            TransactionTemplate transaction, PasswordEncoder encoder, AccessEnding access,
            ApplicationEventPublisher events, Clock clock) {
        this.outgoing = outgoing;
        this.transaction = transaction;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.encoder = encoder;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a reset link if the address has an account; returns before knowing, doing the same work either way. */
    public void request(String email, Registration.VerificationLink linkTo) {
        outgoing.decideOffRequestThread("password reset", () -> transaction.executeWithoutResult(status ->
                accounts.findByEmail(Account.normalize(email)).ifPresent(account -> mail.sendPasswordReset(account.email(),
                        linkTo.forToken(tokens.issue(account.id().value(), AccountToken.Purpose.RESET_PASSWORD))))));
    }

    /** The email of the account a live reset link belongs to (for the form); throws when dead. */
    @Transactional(readOnly = true)
    public String emailFor(String token) {
        AccountToken live = tokens.check(token, AccountToken.Purpose.RESET_PASSWORD);
        return accounts.findById(live.accountId()).map(Account::email).orElseThrow(LinkInvalid::unknown);
    }

    /** The new password must already satisfy {@link PasswordPolicy}. */
    @Transactional(noRollbackFor = LinkInvalid.class)
    public void complete(String token, String newPassword) {
        // Hashing is slow: done before the link is used up, so the link's row lock is held briefly.
        String passwordHash = encoder.encode(newPassword);
        AccountToken used = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD);
        Account account = accounts.findById(used.accountId()).orElseThrow(LinkInvalid::unknown);
        account.changePassword(passwordHash, clock.instant());
        // Whoever could read the mailbox proved control of the address.
        account.verifyEmail(clock.instant());
        access.end(account.id(), EndAccessReason.PASSWORD_RESET);
        events.publishEvent(new PasswordChanged(account.id(), true, clock.instant()));
    }
}
