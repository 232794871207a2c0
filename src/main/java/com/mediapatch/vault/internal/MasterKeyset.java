package com.mediapatch.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import com.mediapatch.operations.DataDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The key-encryption keyset that wraps the field keyset stored in the database. Supplied by
 * the operator (inline or as a file) or, on the embedded default, made on first start in
 * {@code keys/vault-master.json} of the data dir with owner-only permissions.
 */
@Component
class MasterKeyset {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyset.class);

    private final Aead aead;
    private final String source;
    private boolean madeJustNow;

    MasterKeyset(VaultProperties properties, @Value("${mediapatch.data-dir}") String dataDir) throws GeneralSecurityException {
        AeadConfig.register();
        String json;
        if (StringUtils.hasText(properties.masterKeyset())) {
            json = properties.masterKeyset();
            source = "MEDIAPATCH_VAULT_MASTER_KEYSET";
        } else if (StringUtils.hasText(properties.masterKeysetFile())) {
            json = readNamed(properties.masterKeysetFile());
            source = properties.masterKeysetFile();
        } else {
            Path file = Path.of(dataDir, "keys", "vault-master.json");
            json = readOrCreate(file);
            source = file.toString();
        }
        this.aead = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        log.info("Key vault master keyset from {}", source);
    }

    Aead aead() {
        return aead;
    }

    String source() {
        return source;
    }

    /** Whether this start made the keyset because there was none. */
    boolean madeJustNow() {
        return madeJustNow;
    }

    /**
     * Removes a keyset made by this start that turned out not to fit the database, so the
     * operator can put the right one in its place.
     */
    void discardIfMadeJustNow() {
        if (madeJustNow) {
            try {
                Files.deleteIfExists(Path.of(source));
            } catch (IOException e) {
                log.warn("Cannot remove the master keyset {} made by this start: {}", source, e.toString());
            }
        }
    }

    private String readOrCreate(Path file) throws GeneralSecurityException {
        if (Files.exists(file)) {
            return read(file);
        }
        String fresh = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        try {
            Files.createDirectories(file.getParent());
            DataDirectory.createOwnerOnlyFile(file);
            Files.writeString(file, fresh);
            madeJustNow = true;
            return fresh;
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the vault master keyset " + file, e);
        }
    }

    private static String readNamed(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MasterKeysetMissing(file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vault master keyset " + file, e);
        }
    }
}
