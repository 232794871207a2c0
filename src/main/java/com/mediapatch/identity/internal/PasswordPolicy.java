package com.mediapatch.identity.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B rules: at least {@value #MIN_LENGTH} characters, long passphrases welcome
 * (up to {@value #MAX_LENGTH}, nothing truncated), no composition rules, and nothing found
 * in the list of common and breached passwords or equal to the email address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private final CompromisedPasswordChecker breached;

    PasswordPolicy(CompromisedPasswordChecker breached) {
        this.breached = breached;
    }

    /** Why this password may not be used, or empty when it may. */
    public Optional<String> problemWith(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few words strung together work well.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Your password can't be your email address.");
        }
        if (breached.check(password).isCompromised()) {
            return Optional.of("This password appears in lists of breached passwords. Please choose another.");
        }
        return Optional.empty();
    }
}
