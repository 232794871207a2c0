package com.mediapatch.classifieds;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a visitor searches the live ads for; every part is optional.
 *
 * @param words words to find in the title, description or tags (letters and digits only)
 * @param category one category, or null
 * @param instrument one instrument or role tag, or null
 * @param genre one genre tag, or null
 * @param within only ads published this recently, or null
 * @param near ads within {@code radiusKm} of this place, or null
 * @param radiusKm clamped to 1..MAX_RADIUS_KM
 */
public record AdQuery(String words, Category category, String instrument, String genre, PostedWithin within,
        AdPlace near, int radiusKm) {

    public static final int MAX_WORDS = 6;
    public static final int DEFAULT_RADIUS_KM = 50;
    public static final int MAX_RADIUS_KM = 500;
    public static final AdQuery EVERYTHING = new AdQuery(null, null, null, null, null, null, DEFAULT_RADIUS_KM);

    public AdQuery {
        radiusKm = Math.max(1, Math.min(MAX_RADIUS_KM, radiusKm));
        instrument = blankToNull(instrument);
        genre = blankToNull(genre);
    }

    /** The typed words, lower case, letters and digits only, at most {@link #MAX_WORDS}. */
    public List<String> wordList() {
        if (words == null) {
            return List.of();
        }
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    /** How recently an ad was published, as the facet offers it. */
    public enum PostedWithin {
        DAY("Last 24 hours", Duration.ofDays(1)), WEEK("Last 7 days", Duration.ofDays(7)),
        MONTH("Last 30 days", Duration.ofDays(30));

        private final String label;
        private final Duration span;

        PostedWithin(String label, Duration span) {
            this.label = label;
            this.span = span;
        }

        public String label() {
            return label;
        }

        public Duration span() {
            return span;
        }
    }
}
