package com.mediapatch.vault.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

import com.mediapatch.vault.FieldBinding;
import com.mediapatch.vault.FieldCipher;
import com.mediapatch.vault.SealedValueDamaged;

import org.springframework.stereotype.Component;

/**
 * Field encryption with the field keyset's primary key. Stored as {@code t1:} and the
 * base64url Tink ciphertext, whose first five bytes name the key that sealed it (so rotation
 * can tell old values without opening them).
 */
@Component
class TinkFieldCipher implements FieldCipher {

    private static final String PREFIX = "t1:";
    private static final byte TINK_PREFIX = 0x01;

    private final FieldKeyset keyset;

    TinkFieldCipher(FieldKeyset keyset) {
        this.keyset = keyset;
    }

    @Override
    public String seal(String plaintext, FieldBinding binding) {
        try {
            byte[] ciphertext = keyset.current().aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), binding.associatedData());
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public String open(String sealed, FieldBinding binding) {
        byte[] ciphertext = decode(sealed).orElseThrow(() -> new SealedValueDamaged(binding, null));
        try {
            return decrypt(keyset.current(), ciphertext, binding);
        } catch (GeneralSecurityException firstTry) {
            try {
                // Another node may have rotated since this node last read the keyset.
                return decrypt(keyset.reload(), ciphertext, binding);
            } catch (GeneralSecurityException e) {
                throw new SealedValueDamaged(binding, e);
            }
        }
    }

    @Override
    public boolean isSealedWithPrimary(String sealed) {
        return keyId(sealed).orElse(-1) == keyset.current().primaryId();
    }

    /** The id of the key that sealed {@code sealed}, if it is a vault ciphertext at all. */
    static OptionalLong keyId(String sealed) {
        return decode(sealed).filter(bytes -> bytes.length > 5 && bytes[0] == TINK_PREFIX)
                .map(bytes -> OptionalLong.of(Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 1, 4).getInt())))
                .orElse(OptionalLong.empty());
    }

    private static String decrypt(FieldKeyset.Loaded loaded, byte[] ciphertext, FieldBinding binding) throws GeneralSecurityException {
        return new String(loaded.aead().decrypt(ciphertext, binding.associatedData()), StandardCharsets.UTF_8);
    }

    private static Optional<byte[]> decode(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
