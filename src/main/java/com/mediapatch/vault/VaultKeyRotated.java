package com.mediapatch.vault;

/** A new primary key was added to the field keyset; {@code actor} is who asked for it. */
public record VaultKeyRotated(long newKeyId, long previousKeyId, String actor) {
}
