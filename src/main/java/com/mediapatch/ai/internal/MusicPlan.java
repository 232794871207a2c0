package com.mediapatch.ai.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mediapatch.ai.MusicRequest;

/**
 * What a description asks the composer for, read from its words: the style, the key and mode, the tempo and how
 * many bars fill the length asked. The same description always gives the same plan (and the same piece).
 *
 * @param root the key's note, 0 for C up to 11 for B
 */
record MusicPlan(MusicStyle style, int root, boolean minor, int bpm, int bars, long seed) {

    static final int SLOWEST = 40;
    static final int FASTEST = 220;

    private static final List<String> NOTES = List.of("c", "c#", "d", "d#", "e", "f", "f#", "g", "g#", "a", "a#", "b");
    private static final List<String> MINOR_WORDS = List.of("minor", "sad", "dark", "melancholy", "melancholic",
            "gloomy", "moody", "haunting", "eerie", "mournful", "sombre", "somber");
    private static final List<String> MAJOR_WORDS = List.of("major", "happy", "bright", "uplifting", "sunny",
            "cheerful", "joyful", "hopeful", "playful");
    private static final Pattern TEMPO = Pattern.compile("(\\d{2,3})\\s*bpm");
    private static final Pattern KEY = Pattern.compile("(?:\\bin|key of)\\s+([a-g])(#|b|\\s+sharp|\\s+flat)?(?:\\s+(major|minor))?(?=$|[\\s,.;!])");

    static MusicPlan of(MusicRequest request) {
        String text = request.description().toLowerCase(Locale.ROOT);
        List<String> words = Arrays.asList(text.split("[^a-z0-9#]+"));
        MusicStyle style = MusicStyle.of(words);
        long seed = text.hashCode();
        boolean minor = words.stream().anyMatch(MINOR_WORDS::contains) || (style.minor()
                && words.stream().noneMatch(MAJOR_WORDS::contains));
        int root = Math.floorMod(seed, 12);
        Matcher key = KEY.matcher(text);
        if (key.find()) {
            root = Math.floorMod(NOTES.indexOf(key.group(1)) + shift(key.group(2)), 12);
            minor = key.group(3) == null ? minor : "minor".equals(key.group(3));
        }
        int bpm = tempo(text, words, style);
        int bars = Math.max(2, (int) Math.round(request.seconds() * bpm / 240.0));
        return new MusicPlan(style, root, minor, bpm, bars, seed);
    }

    private static int shift(String accidental) {
        if (accidental == null) {
            return 0;
        }
        return accidental.strip().equals("#") || accidental.strip().equals("sharp") ? 1 : -1;
    }

    private static int tempo(String text, List<String> words, MusicStyle style) {
        Matcher asked = TEMPO.matcher(text);
        if (asked.find()) {
            return withinTempos(Integer.parseInt(asked.group(1)));
        }
        double bpm = style.bpm();
        if (words.contains("slow") || words.contains("ballad") || words.contains("lazy")) {
            bpm *= 0.75;
        }
        if (words.contains("fast") || words.contains("energetic") || words.contains("frantic") || words.contains("driving")) {
            bpm *= 1.3;
        }
        return withinTempos((int) Math.round(bpm));
    }

    private static int withinTempos(int bpm) {
        return Math.max(SLOWEST, Math.min(FASTEST, bpm));
    }

    /** The length the bars play for. */
    double seconds() {
        return bars * 240.0 / bpm;
    }

    /** "D minor", "F# major". */
    String key() {
        return NOTES.get(root).toUpperCase(Locale.ROOT) + (minor ? " minor" : " major");
    }
}
