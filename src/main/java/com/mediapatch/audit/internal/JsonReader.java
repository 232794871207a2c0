package com.mediapatch.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads back the JSON that {@link CanonicalJson} writes: objects of strings, integers,
 * booleans, null and nested objects. Anything else (arrays, fractions, trailing text,
 * broken escapes) is refused with the offset where it went wrong, so a tampered body
 * becomes a precise finding instead of a crash.
 */
public final class JsonReader {

    /** The text is not JSON this reader accepts. */
    public static final class Malformed extends IllegalArgumentException {
        Malformed(String problem, int offset) {
            super(problem + " at offset " + offset);
        }
    }

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The members of the object the whole text is, in the order written. */
    public static Map<String, Object> object(String text) {
        if (text == null) {
            throw new Malformed("no text", 0);
        }
        JsonReader reader = new JsonReader(text);
        Map<String, Object> object = reader.readObject();
        if (reader.at != text.length()) {
            throw new Malformed("unexpected text after the object", reader.at);
        }
        return object;
    }

    private Map<String, Object> readObject() {
        expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            int keyAt = at;
            String key = readString();
            expect(':');
            if (members.containsKey(key)) {
                throw new Malformed("duplicate key \"" + key + "\"", keyAt);
            }
            members.put(key, readValue());
            char next = take();
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw new Malformed("expected ',' or '}'", at - 1);
            }
        }
    }

    private Object readValue() {
        char c = peek();
        if (c == '"') {
            return readString();
        }
        if (c == '{') {
            return readObject();
        }
        if (c == '-' || Character.isDigit(c)) {
            return readInteger();
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return true;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return false;
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        throw new Malformed("unexpected character '" + c + "'", at);
    }

    private Long readInteger() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        try {
            return Long.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new Malformed("not an integer", start);
        }
    }

    private String readString() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = take();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Malformed("unescaped control character", at - 1);
            }
            out.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        char c = take();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                    throw new Malformed("bad unicode escape", at);
                }
                at += 4;
                yield (char) Integer.parseInt(text.substring(at - 4, at), 16);
            }
            default -> throw new Malformed("unknown escape '\\" + c + "'", at - 1);
        };
    }

    private void expect(char expected) {
        if (take() != expected) {
            throw new Malformed("expected '" + expected + "'", at - 1);
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw new Malformed("unexpected end", at);
        }
        return text.charAt(at);
    }

    private char take() {
        char c = peek();
        at++;
        return c;
    }
}
