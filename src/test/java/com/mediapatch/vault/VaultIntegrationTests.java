package com.mediapatch.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest(properties = "mediapatch.vault.retire-grace=0s")
class VaultIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    FieldCipher cipher;

    @Autowired
    NamedSecrets secrets;

    @Autowired
    VaultKeys keys;

    @Autowired
    AuditLog audit;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @AfterEach
    void forgetGod() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sealedValueOpensOnlyForItsOwnRow() {
        FieldBinding row = FieldBinding.of("vault_test", "secret", "1");
        String sealed = cipher.seal("the hidden chord", row);

        assertThat(sealed).startsWith("t1:").doesNotContain("hidden");
        assertThat(cipher.open(sealed, row)).isEqualTo("the hidden chord");
        assertThatThrownBy(() -> cipher.open(sealed, FieldBinding.of("vault_test", "secret", "2")))
                .isInstanceOf(SealedValueDamaged.class);
        assertThatThrownBy(() -> cipher.open(sealed, FieldBinding.of("vault_test", "other", "1")))
                .isInstanceOf(SealedValueDamaged.class);
        // One character well inside the ciphertext (the last one may carry unused bits, so changing it can change nothing).
        int at = sealed.length() - 10;
        String flipped = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'Q' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> cipher.open(flipped, row)).isInstanceOf(SealedValueDamaged.class);
    }

    @Test
    void authenticatorSecretsAreCiphertextInTheDatabaseAndBoundToTheirAccount() throws Exception {
        String first = accounts.verifiedMember("Bound One");
        String second = accounts.verifiedMember("Bound Two");
        String firstSecret = enrol(first);
        String secondSecret = enrol(second);

        String stored = storedSecret(first);
        assertThat(stored).startsWith("t1:").doesNotContain(firstSecret);

        jdbc.update("update identity_totp set sealed_secret = ? where account_id = ?", storedSecret(second), accounts.accountId(first).value());

        assertThat(signsInWithCode(first, secondSecret)).isFalse();
        assertThat(signsInWithCode(second, secondSecret)).isTrue();
    }

    @Test
    void rotationReencryptsEveryRowThenRetiresTheOldKey() throws Exception {
        String email = accounts.verifiedMember("Rotating Member");
        String secret = enrol(email);
        byte[] signingSecret = secrets.secret("vault-test.rotation", 16);
        String underOldKey = storedSecret(email);
        FieldBinding row = FieldBinding.of("identity_totp", "sealed_secret", accounts.accountId(email).value());
        actAsGod();

        VaultKeys.KeyInfo fresh = keys.rotate("test");

        assertThat(cipher.isSealedWithPrimary(underOldKey)).isFalse();
        assertThat(cipher.open(underOldKey, row)).as("values under the old key stay readable until re-encrypted").isEqualTo(secret);

        VaultKeys.VaultStatus status = resealUntilSettled();

        assertThat(status.keys().get(0).id()).isEqualTo(fresh.id());
        assertThat(status.keys().stream().filter(key -> !key.primary())).isNotEmpty().allMatch(VaultKeys.KeyInfo::retired);
        assertThat(storedSecret(email)).isNotEqualTo(underOldKey);
        assertThat(cipher.isSealedWithPrimary(storedSecret(email))).isTrue();
        assertThat(cipher.open(storedSecret(email), row)).as("re-encrypted rows open with the new key").isEqualTo(secret);
        assertThat(secrets.secret("vault-test.rotation", 16)).isEqualTo(signingSecret);
        assertThat(cipher.isSealedWithPrimary(jdbc.queryForObject("select material from vault_secret where name = ?",
                String.class, "vault-test.rotation"))).as("named secrets are re-encrypted too").isTrue();
        assertThatThrownBy(() -> cipher.open(underOldKey, row)).as("the retired key opens nothing")
                .isInstanceOf(SealedValueDamaged.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> !audit.entries(
                new AuditQuery("vault.key-rotated", "test", "vault-key:" + fresh.id(), null, null, null, 5)).entries().isEmpty());
    }

    /** Re-encryption also runs in the background after a rotation; passes are idempotent. */
    private VaultKeys.VaultStatus resealUntilSettled() {
        VaultKeys.VaultStatus status = keys.status();
        for (int pass = 0; pass < 5 && status.keys().stream().anyMatch(key -> !key.primary() && !key.retired()); pass++) {
            keys.resealNow();
            status = keys.status();
        }
        return status;
    }

    @Test
    void namedSecretsAreMadeOnceAndStoredSealed() {
        String name = "vault-test." + UUID.randomUUID();
        byte[] secret = secrets.secret(name, 32);

        assertThat(secret).hasSize(32).isEqualTo(secrets.secret(name, 32));
        List<String> stored = jdbc.queryForList("select material from vault_secret where name = ?", String.class, name);
        assertThat(stored).singleElement().asString().startsWith("t1:");
    }

    @Test
    void masterKeysetIsReadableByItsOwnerOnly() throws Exception {
        Path master = Path.of(dataDir, "keys", "vault-master.json");

        assertThat(Files.getPosixFilePermissions(master)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(master)).contains("AesGcmKey");
    }

    @Test
    void rotationIsForGodAccountsOnly() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));

        assertThatThrownBy(() -> keys.rotate("admin"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private String enrol(String email) throws Exception {
        return accounts.enrolAuthenticator(accounts.signIn(email));
    }

    private String storedSecret(String email) {
        return jdbc.queryForObject("select sealed_secret from identity_totp where account_id = ?", String.class,
                accounts.accountId(email).value());
    }

    private boolean signsInWithCode(String email, String secret) throws Exception {
        Cookie session = accounts.signInWithCode(email, secret);
        return session != null && mvc.perform(get("/settings/security").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }

    private static void actAsGod() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("god", null, "ROLE_GOD"));
    }
}
