package com.mediapatch.identity.internal;

import java.time.Clock;
import java.time.Instant;

import com.mediapatch.identity.EndAccessReason;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountRestricted;
import com.mediapatch.identity.AccountRestrictionLifted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suspends, bans and lifts; a restricted account loses every session and API token at once. */
@Service
public class AccountRestrictions {

    private final AccountRepository accounts;
    private final AccessEnding access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRestrictions(AccountRepository accounts, AccessEnding access, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Suspends until {@code until}, or bans when it is null. */
    @Transactional
    public void restrict(AccountId account, Instant until, String reason, AccountId by) {
        Account found = accounts.findById(account.value()).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (until == null) {
            found.ban(reason, clock.instant());
        } else {
            found.suspend(until, reason);
        }
        access.end(account, EndAccessReason.RESTRICTED);
        events.publishEvent(new AccountRestricted(account, until, reason, by, clock.instant()));
    }

    @Transactional
    public boolean lift(AccountId account, AccountId by) {
        return accounts.findById(account.value()).filter(found -> found.restriction(clock.instant()).isPresent()).map(found -> {
            found.lift();
            events.publishEvent(new AccountRestrictionLifted(account, by, clock.instant()));
            return true;
        }).orElse(false);
    }
}
