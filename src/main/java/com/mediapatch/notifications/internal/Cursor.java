package com.mediapatch.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** Where a page of notifications ends: the last row's time and id, opaque to clients. */
record Cursor(Instant at, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null for none or one that cannot be read (the first page is shown instead). */
    static Cursor parse(String text) {
        if (text == null || text.isBlank() || text.length() > 120) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            return parts.length == 2 ? new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])) : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
