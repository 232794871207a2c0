package com.mediapatch.ai.internal;

/** Recordings made up for the stem separation's tests: a steady tone, clicks, and both together. */
public final class TestRecordings {

    public static final float RATE = 44_100;

    private TestRecordings() {
    }

    /** A 220 Hz tone at a third of full scale. */
    static float[] tone(int seconds) {
        float[] samples = new float[(int) (RATE * seconds)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * i / RATE));
        }
        return samples;
    }

    /** Four clicks a second: a few milliseconds of decaying noise each, like a hi-hat. */
    static float[] clicks(int seconds) {
        float[] samples = new float[(int) (RATE * seconds)];
        java.util.Random noise = new java.util.Random(7);
        for (int start = 0; start < samples.length; start += (int) (RATE / 4)) {
            for (int i = 0; i < 200 && start + i < samples.length; i++) {
                samples[start + i] = (float) (0.8 * Math.exp(-i / 40.0) * (noise.nextDouble() * 2 - 1));
            }
        }
        return samples;
    }

    /** The tone and the clicks together, as a mono 16-bit WAV file. */
    public static byte[] toneWithClicks(int seconds) {
        float[] tone = tone(seconds);
        float[] clicks = clicks(seconds);
        float[] both = new float[tone.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = tone[i] + clicks[i];
        }
        return new AudioClip(new float[0], RATE).toWav(both);
    }
}
