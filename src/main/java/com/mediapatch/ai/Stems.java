package com.mediapatch.ai;

import java.time.Duration;

/**
 * A recording split in two: what is sustained (voices, chords, bass notes) and what is struck (drums, plucks,
 * consonants). Played together they give the recording back.
 *
 * @param harmonic the sustained part, a mono 16-bit WAV at the recording's sample rate
 * @param percussive the struck part, likewise
 * @param length how long each plays
 */
public record Stems(byte[] harmonic, byte[] percussive, Duration length) {
}
