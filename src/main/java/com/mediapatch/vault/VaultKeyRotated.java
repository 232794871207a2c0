package com.mediapatch.vault;

import java.time.Instant;

/** A new primary key was added to the field keyset; {@code actor} is who asked for it. */
public record VaultKeyRotated(long newKeyId, long previousKeyId, String actor, Instant at) {
}
