package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.EmailChanged;
import com.mediapatch.identity.EndAccessReason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an account to a new address: asked for with the password, proven by a link sent
 * to the new address, announced to the old one once done.
 */
@Service
public class EmailChange {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final AccessEnding access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailChange(AccountRepository accounts, AccountTokens tokens, AccountMail mail, AccessEnding access,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a confirmation link to {@code newEmail}; the password must already be confirmed. */
    @Transactional
    public void request(AccountId account, String newEmail, Registration.VerificationLink linkTo) {
        String normalized = Account.normalize(newEmail);
        if (accounts.existsByEmail(normalized)) {
            throw new EmailTaken();
        }
        mail.sendEmailChangeConfirmation(normalized,
                linkTo.forToken(tokens.issue(account.value(), AccountToken.Purpose.CHANGE_EMAIL, normalized)));
    }

    /**
     * Applies the change a link asks for, for the member it was made for, and returns the new address. Ends
     * access as {@link EndAccessReason#EMAIL_CHANGED} says, keeping {@code currentSession}.
     */
    @Transactional(noRollbackFor = {LinkInvalid.class, EmailTaken.class})
    public String confirm(AccountId member, String token, String currentSession) {
        AccountToken found = tokens.check(token, AccountToken.Purpose.CHANGE_EMAIL);
        if (!found.accountId().equals(member.value())) {
            throw LinkInvalid.unknown();
        }
        AccountToken used = tokens.redeem(token, AccountToken.Purpose.CHANGE_EMAIL);
        Account account = accounts.findById(used.accountId()).orElseThrow(LinkInvalid::unknown);
        if (accounts.existsByEmail(used.newEmail())) {
            throw new EmailTaken();
        }
        String old = account.email();
        account.changeEmail(used.newEmail(), clock.instant());
        tokens.retireAll(account.id().value(), AccountToken.Purpose.RESET_PASSWORD);
        mail.sendEmailChangedNotice(old, account.email());
        events.publishEvent(new EmailChanged(account.id(), old, account.email(), clock.instant()));
        access.end(account.id(), EndAccessReason.EMAIL_CHANGED, currentSession);
        return account.email();
    }
}
