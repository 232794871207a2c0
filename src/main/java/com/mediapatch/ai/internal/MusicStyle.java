package com.mediapatch.ai.internal;

import java.util.List;

/**
 * The styles the in-process composer knows: the words that ask for each, its usual tempo and mode, the General
 * MIDI programs of its lead, harmony and bass, and how its band plays a bar.
 */
enum MusicStyle {

    DOOM(List.of("doom", "sludge", "stoner", "metal", "heavy", "riff"), 64, true, 30, 30, 33, Groove.HEAVY,
            "distorted guitars, bass and drums"),
    ROCK(List.of("rock", "punk", "grunge", "garage", "indie"), 124, false, 29, 29, 33, Groove.ROCK,
            "overdriven guitars, bass and drums"),
    JAZZ(List.of("jazz", "swing", "bebop", "lounge", "blues"), 132, false, 65, 0, 32, Groove.SWING,
            "alto sax, piano, double bass and brushes"),
    ELECTRONIC(List.of("electronic", "techno", "house", "dance", "synth", "edm", "club"), 124, true, 81, 89, 38,
            Groove.FOUR_ON_THE_FLOOR, "saw lead, pad, synth bass and drum machine"),
    AMBIENT(List.of("ambient", "drone", "soundscape", "cinematic", "film", "score", "calm"), 70, false, 89, 48, 48,
            Groove.NONE, "pads and strings"),
    FOLK(List.of("folk", "acoustic", "country", "campfire"), 100, false, 73, 25, 32, Groove.LIGHT,
            "flute, acoustic guitar, bass and light percussion"),
    POP(List.of("pop"), 110, false, 0, 4, 33, Groove.ROCK, "piano, electric piano, bass and drums");

    /** How the band plays each bar. */
    enum Groove { HEAVY, ROCK, SWING, FOUR_ON_THE_FLOOR, NONE, LIGHT }

    private final List<String> words;
    private final int bpm;
    private final boolean minor;
    private final int lead;
    private final int harmony;
    private final int bass;
    private final Groove groove;
    private final String band;

    MusicStyle(List<String> words, int bpm, boolean minor, int lead, int harmony, int bass, Groove groove, String band) {
        this.words = words;
        this.bpm = bpm;
        this.minor = minor;
        this.lead = lead;
        this.harmony = harmony;
        this.bass = bass;
        this.groove = groove;
        this.band = band;
    }

    /** The first style any of the words asks for; pop when none does. */
    static MusicStyle of(List<String> described) {
        for (MusicStyle style : values()) {
            if (style.words.stream().anyMatch(described::contains)) {
                return style;
            }
        }
        return POP;
    }

    int bpm() {
        return bpm;
    }

    boolean minor() {
        return minor;
    }

    int lead() {
        return lead;
    }

    int harmony() {
        return harmony;
    }

    int bass() {
        return bass;
    }

    Groove groove() {
        return groove;
    }

    /** Who plays it, in words. */
    String band() {
        return band;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
