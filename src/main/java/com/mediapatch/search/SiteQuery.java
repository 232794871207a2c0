package com.mediapatch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a site search, read the same way however they were typed: lower case, letters and
 * digits only (quotes, operators and other punctuation only separate words), words of one letter
 * left out, at most {@link #MAX_WORDS} of them. So two texts with the same words ask the same
 * search and get the same answer, whatever else they held.
 *
 * @param words the words searched for, possibly none
 */
public record SiteQuery(List<String> words) {

    /** Typed text past this length is not read. */
    public static final int LONGEST_TEXT = 100;
    /** Words beyond these are dropped. */
    public static final int MAX_WORDS = 6;
    /** The most hits one source may be asked for. */
    public static final int MAX_HITS = 20;
    /** Shorter words are left out: one letter would match nearly everything. */
    static final int SHORTEST_WORD = 2;
    static final int LONGEST_WORD = 40;

    public SiteQuery {
        words = List.copyOf(words);
    }

    /** The words of what someone typed (null or blank for none). */
    public static SiteQuery of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SiteQuery(List.of());
        }
        String read = typed.length() > LONGEST_TEXT ? typed.substring(0, LONGEST_TEXT) : typed;
        return new SiteQuery(Arrays.stream(read.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD)
                .map(word -> word.length() > LONGEST_WORD ? word.substring(0, LONGEST_WORD) : word)
                .distinct().limit(MAX_WORDS).toList());
    }

    /** Whether there is anything to search for. */
    public boolean searchable() {
        return !words.isEmpty();
    }

    /** The words joined by spaces, as a module's own search box takes them. */
    public String text() {
        return String.join(" ", words);
    }

    /** {@link #text()} encoded for a query string ({@code drums+leeds}). */
    public String encoded() {
        return URLEncoder.encode(text(), StandardCharsets.UTF_8);
    }
}
