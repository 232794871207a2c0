package com.mediapatch.shared;

import java.util.Locale;

/**
 * Patterns for LIKE searches typed by people: what they type is matched literally, so a
 * {@code %} or {@code _} in it is not a wildcard. Use with {@code like ? escape '!'}.
 */
public final class SqlLike {

    private SqlLike() {
    }

    /** Matches values that begin with {@code text}, lower-cased and stripped (compare with a lower-cased column). */
    public static String startingWith(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return typed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
