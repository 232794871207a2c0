package com.mediapatch.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a keyset page ends: the last row's time and id, opaque to clients. The next page
 * continues after it in the list's own order, {@code (time, id)} descending or ascending.
 *
 * @param at the last row's time
 * @param id the last row's id, breaking ties between rows of the same time
 */
public record PageCursor(Instant at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null for none or one that cannot be read (the first page is shown instead). */
    public static PageCursor parse(String text) {
        if (text == null || text.isBlank() || text.length() > 120) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            return parts.length == 2 ? new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])) : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
