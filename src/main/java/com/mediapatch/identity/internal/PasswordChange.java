package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.EndAccessReason;
import com.mediapatch.identity.PasswordChanged;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a password from settings, which asks for the current one first. */
@Service
public class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccessEnding access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChange(AccountRepository accounts, PasswordEncoder encoder, AccessEnding access,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The current password typed does not match. */
    public static class CurrentPasswordWrong extends DomainProblem {
        CurrentPasswordWrong() {
            super(ProblemType.VALIDATION_FAILED, "Your current password is not right.");
        }
    }

    @Transactional(readOnly = true)
    public String emailOf(AccountId account) {
        return accounts.findById(account.value()).map(Account::email).orElseThrow();
    }

    /**
     * The new password must already satisfy {@link PasswordPolicy}. Ends access as
     * {@link EndAccessReason#PASSWORD_CHANGED} says, keeping {@code currentSession}; returns how many other
     * sessions ended.
     */
    @Transactional
    public int change(AccountId id, String currentPassword, String newPassword, String currentSession) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new CurrentPasswordWrong();
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        events.publishEvent(new PasswordChanged(id, false, clock.instant()));
        return access.end(id, EndAccessReason.PASSWORD_CHANGED, currentSession);
    }
}
