package com.mediapatch.vault;

/** A field key sealed no stored value any more and was disabled. */
public record VaultKeyRetired(long keyId) {
}
