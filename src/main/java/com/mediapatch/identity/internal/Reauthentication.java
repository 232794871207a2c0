package com.mediapatch.identity.internal;

import com.mediapatch.identity.AccountId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Asks for the password again before sensitive changes (second factors, email, tokens).
 * Wrong answers count towards the account's sign-in lockout, so a stolen session cannot be
 * used to guess the password.
 */
@Service
public class Reauthentication {

    static final String SOURCE = "re-authentication";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    Reauthentication(AccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    public boolean confirms(AccountId account, String password) {
        Account found = accounts.findById(account.value()).orElse(null);
        if (found == null || password == null) {
            return false;
        }
        var reservation = throttle.reserve(found.email(), SOURCE);
        if (reservation.locked()) {
            return false;
        }
        boolean right = encoder.matches(password, found.passwordHash());
        if (right) {
            throttle.release(reservation);
        }
        return right;
    }
}
