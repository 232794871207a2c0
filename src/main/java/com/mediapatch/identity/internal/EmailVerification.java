package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.EmailVerified;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Redeems verification links. */
@Service
public class EmailVerification {

    private final AccountTokens tokens;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerification(AccountTokens tokens, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Marks the address verified and returns it; throws {@link LinkInvalid} with the reason. */
    @Transactional(noRollbackFor = LinkInvalid.class)
    public String verify(String token) {
        AccountToken used = tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL);
        Account account = accounts.findById(used.accountId()).orElseThrow(LinkInvalid::unknown);
        if (account.verifyEmail(clock.instant())) {
            events.publishEvent(new EmailVerified(account.id(), account.email(), clock.instant()));
        }
        return account.email();
    }

    /** God Mode vouches for the address; true if it was not verified before. */
    @Transactional
    public boolean markVerified(AccountId account) {
        return accounts.findById(account.value()).filter(found -> found.verifyEmail(clock.instant())).map(found -> {
            events.publishEvent(new EmailVerified(found.id(), found.email(), clock.instant()));
            return true;
        }).orElse(false);
    }
}
