package com.mediapatch.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.mediapatch.MediaPatchApplication;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An embedded installation whose database was made with one vault master key refuses to
 * start with another (or with none), in one paragraph that names the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class VaultMasterKeyStartupIntegrationTests {

    @TempDir
    static Path installed;

    @TempDir
    Path temp;

    @BeforeAll
    static void installOnce() {
        try (ConfigurableApplicationContext context = start(installed.resolve("data"))) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void aDatabaseWhoseFieldKeysetAnotherMasterKeyWrappedRefusesToStartNamingTheFix(CapturedOutput output)
            throws IOException, GeneralSecurityException {
        Path dataDir = copyOfInstallation();
        Files.writeString(dataDir.resolve("keys/vault-master.json"), anotherMasterKeyset());

        assertThatThrownBy(() -> start(dataDir)).isNotNull();

        assertThat(output.getOut()).contains("The key vault cannot open the field keyset stored in the database with the master keyset from "
                + dataDir.resolve("keys/vault-master.json") + ": the database was made with another master key. Restore data/keys/vault-master.json")
                .contains("MEDIAPATCH_VAULT_MASTER_KEYSET_FILE");
    }

    @Test
    void aRestoreWithoutTheKeyFileRefusesToStartAndLeavesNoNewKeyBehind(CapturedOutput output) throws IOException {
        Path dataDir = copyOfInstallation();
        Files.delete(dataDir.resolve("keys/vault-master.json"));

        assertThatThrownBy(() -> start(dataDir)).isNotNull();

        assertThat(output.getOut()).contains("(there was none, so one was just made: it is new)", "Restore data/keys/vault-master.json");
        assertThat(dataDir.resolve("keys/vault-master.json")).doesNotExist();
    }

    private Path copyOfInstallation() throws IOException {
        Path copy = temp.resolve("data");
        FileSystemUtils.copyRecursively(installed.resolve("data"), copy);
        return copy;
    }

    private static String anotherMasterKeyset() throws GeneralSecurityException {
        AeadConfig.register();
        return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get());
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(MediaPatchApplication.class).run("--mediapatch.data-dir=" + dataDir,
                "--spring.profiles.active=default", "--server.port=0", "--spring.flyway.clean-disabled=true");
    }
}
