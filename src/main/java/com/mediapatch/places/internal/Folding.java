package com.mediapatch.places.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Names compared the way people type them: no accents, lower case, single spaces ('Sant Julià' → 'sant julia'). */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    /** Letters Unicode does not split into a base letter and an accent, as people type them without. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(Map.entry('ł', "l"), Map.entry('ø', "o"),
            Map.entry('đ', "d"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"));

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(plain.length());
        plain.chars().forEach(c -> folded.append(PLAIN.getOrDefault((char) c, String.valueOf((char) c))));
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
