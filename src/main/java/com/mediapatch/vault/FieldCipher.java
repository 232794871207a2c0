package com.mediapatch.vault;

/**
 * Encrypts single column values with the vault's current primary key, bound to their row.
 * Entities use {@link SealedText}; code that writes with plain JDBC calls this directly and
 * declares its column as a {@link SealedColumn} so rotation re-encrypts it.
 */
public interface FieldCipher {

    /** Ciphertext of {@code plaintext}, text-safe for a VARCHAR column. */
    String seal(String plaintext, FieldBinding binding);

    /**
     * The plaintext.
     *
     * @throws SealedValueDamaged if the value was altered, moved from another row, or sealed
     *         with a key this vault no longer holds
     */
    String open(String sealed, FieldBinding binding);

    /** Whether the value is sealed with the current primary key (rotation skips it then). */
    boolean isSealedWithPrimary(String sealed);
}
