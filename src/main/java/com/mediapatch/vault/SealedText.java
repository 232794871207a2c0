package com.mediapatch.vault;

import java.util.Objects;

/**
 * A secret text column of an entity, stored encrypted. Create it with the plaintext and the
 * row it belongs to; read it back by naming the row again, which is what binds the stored
 * ciphertext to that row. The JPA converter does the storing.
 */
public final class SealedText {

    private final String plaintext;
    private final FieldBinding binding;
    private final FieldCipher cipher;
    private String ciphertext;

    private SealedText(String plaintext, FieldBinding binding, String ciphertext, FieldCipher cipher) {
        this.plaintext = plaintext;
        this.binding = binding;
        this.ciphertext = ciphertext;
        this.cipher = cipher;
    }

    /** A new secret for the given row; encrypted when the entity is written. */
    public static SealedText of(String plaintext, FieldBinding binding) {
        return new SealedText(Objects.requireNonNull(plaintext), Objects.requireNonNull(binding), null, null);
    }

    static SealedText stored(String ciphertext, FieldCipher cipher) {
        return new SealedText(null, null, ciphertext, cipher);
    }

    /** The plaintext, after checking the stored ciphertext belongs to {@code row}. */
    public String reveal(FieldBinding row) {
        if (plaintext != null) {
            if (!binding.equals(row)) {
                throw new SealedValueDamaged(row, null);
            }
            return plaintext;
        }
        return cipher.open(ciphertext, row);
    }

    String ciphertext(FieldCipher sealingCipher) {
        if (ciphertext == null) {
            ciphertext = sealingCipher.seal(plaintext, binding);
        }
        return ciphertext;
    }

    @Override
    public String toString() {
        return "SealedText[****]";
    }
}
