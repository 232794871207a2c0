package com.mediapatch.vault;

import java.time.Instant;

/** A field key sealed no stored value any more and was disabled. */
public record VaultKeyRetired(long keyId, Instant at) {
}
