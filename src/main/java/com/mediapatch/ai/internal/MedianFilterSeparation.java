package com.mediapatch.ai.internal;

import java.util.Arrays;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Harmonic/percussive separation by median filtering (Fitzgerald, 2010). In a spectrogram, sustained notes are
 * horizontal lines (steady in time) and drum hits vertical ones (broad in frequency): a median across time keeps
 * the first and removes the second, a median across frequency the reverse. Soft masks built from the two filtered
 * spectrograms split the signal's own spectrum, and the inverse transform gives two signals that add up to it.
 */
final class MedianFilterSeparation {

    static final int FRAME = 2048;
    static final int HOP = FRAME / 4;
    /** Frames (about 0.2 s at 44.1 kHz) and bins the medians look across. */
    static final int KERNEL = 17;

    private static final FastFourierTransformer FFT = new FastFourierTransformer(DftNormalization.STANDARD);
    private static final double[] WINDOW = hann();

    /** The separated signals, each as long as the input. */
    record Parts(float[] harmonic, float[] percussive) {
    }

    private MedianFilterSeparation() {
    }

    static Parts separate(float[] signal) {
        int frames = Math.max(1, (signal.length + HOP - 1) / HOP + 1);
        int bins = FRAME / 2 + 1;
        // Only the bins up to half the frame are kept: a real signal's spectrum mirrors them.
        float[][] real = new float[frames][bins];
        float[][] imaginary = new float[frames][bins];
        float[][] magnitude = new float[frames][bins];
        for (int frame = 0; frame < frames; frame++) {
            Complex[] spectrum = FFT.transform(windowed(signal, frame * HOP - FRAME / 2), TransformType.FORWARD);
            for (int bin = 0; bin < bins; bin++) {
                real[frame][bin] = (float) spectrum[bin].getReal();
                imaginary[frame][bin] = (float) spectrum[bin].getImaginary();
                magnitude[frame][bin] = (float) spectrum[bin].abs();
            }
        }
        float[] harmonic = new float[signal.length];
        float[] percussive = new float[signal.length];
        double[] weight = new double[signal.length];
        float[] around = new float[KERNEL];
        for (int frame = 0; frame < frames; frame++) {
            double[] harmonicMask = new double[bins];
            for (int bin = 0; bin < bins; bin++) {
                double steady = square(acrossTime(magnitude, frame, bin, around));
                double struck = square(acrossFrequency(magnitude[frame], bin, around));
                harmonicMask[bin] = steady + struck == 0 ? 0.5 : steady / (steady + struck);
            }
            addFrame(harmonic, percussive, weight, real[frame], imaginary[frame], harmonicMask, frame * HOP - FRAME / 2);
        }
        for (int i = 0; i < signal.length; i++) {
            if (weight[i] > 1e-9) {
                harmonic[i] /= (float) weight[i];
                percussive[i] /= (float) weight[i];
            }
        }
        return new Parts(harmonic, percussive);
    }

    /** Each part's share of the frame's spectrum, back in time and windowed again, added where the frame lies. */
    private static void addFrame(float[] harmonic, float[] percussive, double[] weight, float[] real, float[] imaginary,
            double[] harmonicMask, int start) {
        Complex[] steady = new Complex[FRAME];
        Complex[] struck = new Complex[FRAME];
        for (int bin = 0; bin < FRAME; bin++) {
            int kept = bin <= FRAME / 2 ? bin : FRAME - bin;
            Complex value = new Complex(real[kept], bin <= FRAME / 2 ? imaginary[kept] : -imaginary[kept]);
            steady[bin] = value.multiply(harmonicMask[kept]);
            struck[bin] = value.multiply(1 - harmonicMask[kept]);
        }
        Complex[] steadySignal = FFT.transform(steady, TransformType.INVERSE);
        Complex[] struckSignal = FFT.transform(struck, TransformType.INVERSE);
        for (int i = 0; i < FRAME; i++) {
            int at = start + i;
            if (at >= 0 && at < harmonic.length) {
                harmonic[at] += (float) (steadySignal[i].getReal() * WINDOW[i]);
                percussive[at] += (float) (struckSignal[i].getReal() * WINDOW[i]);
                weight[at] += WINDOW[i] * WINDOW[i];
            }
        }
    }

    private static double[] windowed(float[] signal, int start) {
        double[] frame = new double[FRAME];
        for (int i = 0; i < FRAME; i++) {
            int at = start + i;
            frame[i] = at >= 0 && at < signal.length ? signal[at] * WINDOW[i] : 0;
        }
        return frame;
    }

    private static float acrossTime(float[][] magnitude, int frame, int bin, float[] around) {
        for (int i = 0; i < KERNEL; i++) {
            int at = frame + i - KERNEL / 2;
            around[i] = at >= 0 && at < magnitude.length ? magnitude[at][bin] : 0;
        }
        return median(around);
    }

    private static float acrossFrequency(float[] bins, int bin, float[] around) {
        for (int i = 0; i < KERNEL; i++) {
            int at = bin + i - KERNEL / 2;
            around[i] = at >= 0 && at < bins.length ? bins[at] : 0;
        }
        return median(around);
    }

    private static float median(float[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static double square(double value) {
        return value * value;
    }

    /** The periodic Hann window: with a hop of a quarter frame its squares add up evenly. */
    private static double[] hann() {
        double[] window = new double[FRAME];
        for (int i = 0; i < FRAME; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME);
        }
        return window;
    }
}
