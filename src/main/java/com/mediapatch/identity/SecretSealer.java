package com.mediapatch.identity;

/**
 * Encrypts small secrets (authenticator keys, recovery material) before they are stored,
 * binding each ciphertext to its context so it cannot be moved to another row. The key
 * vault provides the production implementation; until it does, a data-dir key is used.
 */
public interface SecretSealer {

    /** Ciphertext of {@code plaintext}, readable only with the same {@code context}. */
    String seal(String plaintext, String context);

    /** The plaintext; fails if the ciphertext was altered or belongs to another context. */
    String open(String sealed, String context);
}
