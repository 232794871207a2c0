package com.mediapatch.vault;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vault boots on its own: only its beans, the database and the one bean it takes from its neighbour
 * (operations' clock, given here), so a change that makes it reach into another module fails this test.
 */
@ApplicationModuleTest
class VaultModuleTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class OperationsClock {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    FieldCipher cipher;

    @Autowired
    NamedSecrets secrets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void nothingOfAnotherModuleIsStarted() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(Class::getPackageName).filter(name -> name.startsWith("com.mediapatch.")))
                .isNotEmpty().allMatch(name -> name.startsWith("com.mediapatch.vault"));
    }

    @Test
    void aSealedValueOpensOnlyForItsOwnRow() {
        FieldBinding row = FieldBinding.of("vault_module_test", "secret", "1");
        String sealed = cipher.seal("the quiet bridge", row);

        assertThat(cipher.open(sealed, row)).isEqualTo("the quiet bridge");
        assertThatThrownBy(() -> cipher.open(sealed, FieldBinding.of("vault_module_test", "secret", "2")))
                .isInstanceOf(SealedValueDamaged.class);
    }

    @Test
    void aNamedSecretIsMadeOnceAndStoredSealed() {
        String name = "vault-module-test." + UUID.randomUUID();

        assertThat(secrets.secret(name, 32)).hasSize(32).isEqualTo(secrets.secret(name, 32));
        assertThat(jdbc.queryForObject("select material from vault_secret where name = ?", String.class, name))
                .startsWith("t1:");
    }
}
