package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedianFilterSeparationTests {

    @Test
    void aSteadyToneGoesToTheHarmonicPart() {
        MedianFilterSeparation.Parts parts = MedianFilterSeparation.separate(TestRecordings.tone(2));

        assertThat(energy(parts.harmonic())).isGreaterThan(50 * energy(parts.percussive()));
    }

    @Test
    void clicksGoToThePercussivePart() {
        MedianFilterSeparation.Parts parts = MedianFilterSeparation.separate(TestRecordings.clicks(2));

        assertThat(energy(parts.percussive())).isGreaterThan(5 * energy(parts.harmonic()));
    }

    @Test
    void thePartsAddUpToTheRecording() {
        float[] tone = TestRecordings.tone(2);
        float[] clicks = TestRecordings.clicks(2);
        float[] both = new float[tone.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = tone[i] + clicks[i];
        }
        MedianFilterSeparation.Parts parts = MedianFilterSeparation.separate(both);

        float[] error = new float[both.length];
        for (int i = 0; i < both.length; i++) {
            error[i] = parts.harmonic()[i] + parts.percussive()[i] - both[i];
        }
        assertThat(energy(error)).isLessThan(1e-6 * energy(both));
    }

    private static double energy(float[] signal) {
        double sum = 0;
        for (float sample : signal) {
            sum += sample * sample;
        }
        return sum;
    }
}
