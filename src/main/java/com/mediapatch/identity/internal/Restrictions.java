package com.mediapatch.identity.internal;

import java.time.Clock;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Restriction;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers, wherever a member gets in (password, passkey, API token), whether they may. */
@Component
class Restrictions {

    private final AccountRepository accounts;
    private final Clock clock;

    Restrictions(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Restriction> of(AccountId account) {
        return accounts.findById(account.value()).flatMap(found -> found.restriction(clock.instant()));
    }

    boolean allows(AccountId account) {
        return of(account).isEmpty();
    }
}
