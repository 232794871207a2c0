package com.mediapatch.security;

import java.util.List;
import java.util.Optional;

import com.google.re2j.Pattern;

/**
 * The attack shapes {@link SuspiciousInput} looks for, matched with RE2J: its automaton never
 * backtracks, so a match costs time linear in the text whatever the text is (java.util.regex
 * spent quadratic time on a run of "&lt;" or of spaces after a quote). A shape whose pattern
 * needs one of a few characters is skipped outright for text without any of them.
 */
final class InputShapes {

    private record Shape(SuspiciousInputSeen.Kind kind, String triggers, Pattern pattern) {

        boolean appliesTo(CharSequence text) {
            if (triggers.isEmpty()) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                if (triggers.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(SuspiciousInputSeen.Kind.SCRIPT_INJECTION, "<:(", Pattern.compile(
                    "(?is)<\\s*(script|iframe|object|embed|svg|img|body|math|base|meta)\\b|javascript\\s*:|vbscript\\s*:"
                            + "|data\\s*:\\s*text/html|<[^>]*\\son[a-z]+\\s*=|expression\\s*\\(")),
            new Shape(SuspiciousInputSeen.Kind.SQL_INJECTION, "", Pattern.compile(
                    "(?is)'\\s*(or|and)\\s+'?\\w+'?\\s*(=|like)|\\bunion\\b(\\s+all)?\\s+select\\b"
                            + "|;\\s*(drop|delete|insert|update|alter)\\s|\\b(pg_)?sleep\\s*\\(|\\bwaitfor\\s+delay\\b"
                            + "|'\\s*;?\\s*--")),
            new Shape(SuspiciousInputSeen.Kind.PATH_TRAVERSAL, ".%", Pattern.compile("(?i)\\.\\.[/\\\\]|%2e%2e(%2f|%5c|/)")));

    private InputShapes() {
    }

    /** The first kind of attack {@code text} looks like, in time linear in its length. */
    static Optional<SuspiciousInputSeen.Kind> of(CharSequence text) {
        for (Shape shape : SHAPES) {
            if (shape.appliesTo(text) && shape.pattern().matcher(text).find()) {
                return Optional.of(shape.kind());
            }
        }
        return hasControlCharacter(text) ? Optional.of(SuspiciousInputSeen.Kind.CONTROL_CHARACTERS) : Optional.empty();
    }

    /** C0 controls other than tab, line feed, form feed and carriage return. */
    private static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
