package com.mediapatch.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordEncodingTests {

    private final PasswordEncoder encoder = new PasswordConfiguration().passwordEncoder();

    @Test
    void hashesAreArgon2idWithOwaspCostAndNameTheirAlgorithm() {
        String hash = encoder.encode("a long enough passphrase");

        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("a long enough passphrase", hash)).isTrue();
        assertThat(encoder.matches("a long enough passphrasE", hash)).isFalse();
    }

    @Test
    void everyHashIsSalted() {
        assertThat(encoder.encode("same password")).isNotEqualTo(encoder.encode("same password"));
    }

    @Test
    void nothingIsTruncatedBeyondSeventyTwoBytes() {
        String prefix = "p".repeat(100);
        String hash = encoder.encode(prefix + "A");

        assertThat(encoder.matches(prefix + "B", hash)).isFalse();
        assertThat(encoder.matches(prefix + "A", hash)).isTrue();
    }
}
