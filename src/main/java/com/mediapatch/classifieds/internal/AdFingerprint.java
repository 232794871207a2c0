package com.mediapatch.classifieds.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A hash of an ad's title and description after normalizing case, whitespace and punctuation, so
 * the same text posted twice is recognised without keeping or logging a second copy of it.
 */
final class AdFingerprint {

    private AdFingerprint() {
    }

    static String of(String title, String description) {
        String normalized = normalize(title) + "\n" + normalize(description);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException everyJdkHasSha256) {
            throw new IllegalStateException(everyJdkHasSha256);
        }
    }

    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
