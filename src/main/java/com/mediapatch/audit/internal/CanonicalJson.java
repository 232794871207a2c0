package com.mediapatch.audit.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * JSON in one canonical form, as RFC 8785 (JCS) defines it for the values audit bodies use:
 * objects with their keys sorted by UTF-16 code units, strings, integers, booleans and null,
 * no whitespace. Equal values always give equal text, so the text can be hashed.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical text of an object whose values are strings, integers, booleans, null or such objects. */
    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(256);
        object(object, out);
        return out.toString();
    }

    private static void object(Map<String, ?> object, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> member : new TreeMap<>(object).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(member.getKey(), out);
            out.append(':');
            value(member.getValue(), out);
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> nested) {
            object((Map<String, ?>) nested, out);
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getSimpleName());
        }
    }

    /** ECMAScript string serialisation; lone surrogates are escaped so the result is valid UTF-8. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
