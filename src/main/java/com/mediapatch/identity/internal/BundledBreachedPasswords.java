package com.mediapatch.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;

/**
 * Offline check against the ~30,000 most common passwords from public breach corpora, as
 * bundled with zxcvbn4j. No network: the HIBP checker Spring Security ships needs one.
 * The comparison is case-blind, so "Password1" is as rejected as "password1".
 */
class BundledBreachedPasswords implements CompromisedPasswordChecker {

    private final Set<String> passwords;

    BundledBreachedPasswords() {
        try {
            this.passwords = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled password list cannot be read", e);
        }
    }

    @Override
    public CompromisedPasswordDecision check(String password) {
        return new CompromisedPasswordDecision(password != null && passwords.contains(password.toLowerCase(Locale.ROOT)));
    }

    int size() {
        return passwords.size();
    }
}
