package com.mediapatch.classifieds;

import java.util.UUID;

/**
 * An ad's id. A malformed id is answered like an unknown one.
 *
 * @param value the id
 */
public record AdId(UUID value) {

    /** Parses a path or API id, throwing {@link AdNotFound} when it is not one. */
    public static AdId valueOf(String text) {
        try {
            return new AdId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new AdNotFound();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
