package com.mediapatch.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirSecretSealerTests {

    @TempDir
    Path dataDir;

    @Test
    void sealedValuesOpenOnlyInTheirOwnContext() {
        DataDirSecretSealer sealer = new DataDirSecretSealer(dataDir.toString());
        String sealed = sealer.seal("JBSWY3DPEHPK3PXP", "identity_totp.sealed_secret:a");

        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(sealer.open(sealed, "identity_totp.sealed_secret:a")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> sealer.open(sealed, "identity_totp.sealed_secret:b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperingIsDetected() {
        DataDirSecretSealer sealer = new DataDirSecretSealer(dataDir.toString());
        String sealed = sealer.seal("secret", "ctx");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length / 2] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> sealer.open(tampered, "ctx")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndReused() throws Exception {
        String sealed = new DataDirSecretSealer(dataDir.toString()).seal("secret", "ctx");
        Path key = dataDir.resolve("keys/identity-secrets.key");

        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(new DataDirSecretSealer(dataDir.toString()).open(sealed, "ctx")).isEqualTo("secret");
    }

    @Test
    void everySealIsDifferent() {
        DataDirSecretSealer sealer = new DataDirSecretSealer(dataDir.toString());
        assertThat(sealer.seal("same", "ctx")).isNotEqualTo(sealer.seal("same", "ctx"));
    }
}
