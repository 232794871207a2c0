package com.mediapatch.vault;

/**
 * Random secret key material for other modules (MAC and signing keys), made once, kept
 * encrypted in the database so every node uses the same, and re-encrypted on rotation.
 */
public interface NamedSecrets {

    /** The secret called {@code name}, created with {@code bytes} random bytes on first use. */
    byte[] secret(String name, int bytes);
}
