package com.mediapatch.identity.internal;

import com.mediapatch.identity.AccountId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks for the password again before sensitive changes (second factors, email). */
@Service
public class Reauthentication {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    Reauthentication(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public boolean confirms(AccountId account, String password) {
        return password != null && accounts.findById(account.value())
                .map(found -> encoder.matches(password, found.passwordHash())).orElse(false);
    }
}
