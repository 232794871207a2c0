package com.mediapatch.ai.internal;

import com.mediapatch.ai.Stems;

/** The stem separation capability's in-process provider: median filtering of the clip's spectrogram, no model. */
public final class InProcessStems {

    public static final String NAME = "in-process stem separation";
    public static final String MODEL = "harmonic/percussive median filtering";

    private InProcessStems() {
    }

    public static Stems separate(AudioClip clip) {
        MedianFilterSeparation.Parts parts = MedianFilterSeparation.separate(clip.samples());
        return new Stems(clip.toWav(parts.harmonic()), clip.toWav(parts.percussive()), clip.length());
    }

    /** What a clip is charged in: audio minutes, each begun minute counted. */
    public static long minutes(AudioClip clip) {
        return Math.max(1, (clip.length().toSeconds() + 59) / 60);
    }
}
