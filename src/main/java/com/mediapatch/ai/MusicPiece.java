package com.mediapatch.ai;

import java.time.Duration;

/**
 * Composed music: the recording and the score it was played from.
 *
 * @param wav the recording, 44.1 kHz 16-bit stereo WAV
 * @param midi the score as a standard MIDI file, for a music program
 * @param summary what was composed, e.g. "D minor · 66 bpm · 8 bars · distortion guitar, bass, drums"
 * @param length how long the recording plays
 */
public record MusicPiece(byte[] wav, byte[] midi, String summary, Duration length) {
}
