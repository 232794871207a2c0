package com.mediapatch.ai;

/**
 * Music to compose: a description in words (mood, genre, tempo such as "90 bpm", instruments) and a length.
 *
 * @param description what the music should be like, e.g. "slow doom riff, dark and heavy"
 * @param seconds roughly how long, between {@link #SHORTEST} and {@link #LONGEST}; rounded to whole bars
 */
public record MusicRequest(String description, int seconds) {

    public static final int SHORTEST = 5;
    public static final int LONGEST = 60;

    public MusicRequest {
        description = description == null ? "" : description.strip();
        if (seconds < SHORTEST || seconds > LONGEST) {
            throw new IllegalArgumentException("A piece lasts between " + SHORTEST + " and " + LONGEST + " seconds");
        }
    }
}
