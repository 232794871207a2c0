package com.mediapatch.identity;

import java.time.Clock;
import java.util.Optional;

import com.mediapatch.identity.internal.PasswordPolicy;
import com.mediapatch.identity.internal.Registration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts whose address is already known to be good, without a mail round trip:
 * for demo data and operator tooling, never reachable from a public page. The password
 * rules still apply.
 */
@Service
public class AccountProvisioning {

    private final Registration registration;
    private final PasswordPolicy passwords;

    AccountProvisioning(Registration registration, PasswordPolicy passwords) {
        this.registration = registration;
        this.passwords = passwords;
    }

    /** The new account, or empty when the email is already registered. */
    @Transactional
    public Optional<AccountId> provisionVerified(String email, String password, String displayName) {
        passwords.problemWith(password, email).ifPresent(problem -> {
            throw new IllegalArgumentException("Provisioned password refused: " + problem);
        });
        return registration.registerVerified(email, password, displayName);
    }
}
