package com.mediapatch.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.mediapatch.identity.SecretSealer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the context as associated data. The
 * key is made on first start in the data dir, readable by its owner only. Stands in until
 * the key vault (Tink keysets with rotation) takes over behind the same interface.
 */
@Component
class DataDirSecretSealer implements SecretSealer {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    DataDirSecretSealer(@Value("${mediapatch.data-dir}") String dataDir) {
        this.key = new SecretKeySpec(KeyFiles.loadOrCreate(Path.of(dataDir, "keys", "identity-secrets.key"), 32), "AES");
    }

    @Override
    public String seal(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, nonce, context, plaintext.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ciphertext.length)
                .put(nonce).put(ciphertext).array());
    }

    @Override
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Not a sealed value");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] nonce = Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, context, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value is damaged or belongs elsewhere", e);
        }
    }
}
