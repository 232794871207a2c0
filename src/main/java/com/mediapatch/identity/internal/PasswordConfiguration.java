package com.mediapatch.identity.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP's recommended cost (19 MiB memory, 2 iterations, 1 lane), behind
 * Spring Security's delegating encoder so stored hashes name their algorithm and can be
 * upgraded later without forcing a reset.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String ARGON2 = "argon2id";

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2));
    }

    @Bean
    CompromisedPasswordChecker compromisedPasswordChecker() {
        return new BundledBreachedPasswords();
    }
}
