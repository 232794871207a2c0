package com.mediapatch.vault.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeysetAnalyzerTests {

    private final MasterKeysetAnalyzer analyzer = new MasterKeysetAnalyzer();

    @Test
    void aWrongMasterKeyIsOneParagraphNamingTheKeyFileToRestoreAndTheSettings() {
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("fieldKeyset",
                new MasterKeysetMismatch("/srv/data/keys/vault-master.json", false, new GeneralSecurityException("decryption failed"))));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("/srv/data/keys/vault-master.json", "another master key")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("data/keys/vault-master.json", "MEDIAPATCH_VAULT_MASTER_KEYSET",
                "MEDIAPATCH_VAULT_MASTER_KEYSET_FILE");
    }

    @Test
    void aMissingKeyFileSaysOneWasJustMadeAndThatItIsNew() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(
                new MasterKeysetMismatch("/srv/data/keys/vault-master.json", true, new GeneralSecurityException("x"))));

        assertThat(analysis.getDescription()).contains("there was none");
    }

    @Test
    void anUnreadableNamedKeyFileIsReportedWithTheSameFix() {
        FailureAnalysis analysis = analyzer.analyze(new MasterKeysetMissing("/etc/mediapatch/master.json",
                new IOException("/etc/mediapatch/master.json: No such file")));

        assertThat(analysis.getDescription()).contains("/etc/mediapatch/master.json", "MEDIAPATCH_VAULT_MASTER_KEYSET_FILE");
        assertThat(analysis.getAction()).contains("vault-master.json");
    }

    @Test
    void otherFailuresAreLeftToSpring() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
