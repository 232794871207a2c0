package com.mediapatch.ai.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A short recording read from a WAV file into one channel of samples between -1 and 1, and written back the
 * same way. Anything else (another format, too long, an odd sample rate) is refused with the reason in words.
 */
public record AudioClip(float[] samples, float sampleRate) {

    public static final int LONGEST_SECONDS = 30;
    private static final float LOWEST_RATE = 8_000;
    private static final float HIGHEST_RATE = 48_000;
    private static final float FULL_SCALE = 32_768f;

    /** Why a file cannot be read as a clip, in words for the member. */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    public static AudioClip fromWav(byte[] file) throws Unreadable {
        try (AudioInputStream given = AudioSystem.getAudioInputStream(new ByteArrayInputStream(file))) {
            AudioFormat format = given.getFormat();
            if (format.getSampleRate() < LOWEST_RATE || format.getSampleRate() > HIGHEST_RATE) {
                throw new Unreadable("Only recordings sampled between 8 and 48 kHz can be separated.");
            }
            if (given.getFrameLength() > (long) (format.getSampleRate() * LONGEST_SECONDS)) {
                throw new Unreadable("Recordings of at most " + LONGEST_SECONDS + " seconds can be separated.");
            }
            AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(pcm, given)) {
                return new AudioClip(mono(decoded.readAllBytes(), format.getChannels()), format.getSampleRate());
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException notWav) {
            throw new Unreadable("Only WAV recordings (PCM) can be separated.");
        } catch (IOException unreadable) {
            throw new Unreadable("The recording could not be read: it may be cut short.");
        }
    }

    public Duration length() {
        return Duration.ofMillis(Math.round(samples.length * 1000.0 / sampleRate));
    }

    /** These samples, clipped to full scale, as a mono 16-bit WAV at the clip's rate. */
    public byte[] toWav(float[] part) {
        ByteBuffer pcm = ByteBuffer.allocate(part.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : part) {
            pcm.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample * FULL_SCALE))));
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, part.length)) {
            ByteArrayOutputStream wav = new ByteArrayOutputStream(pcm.capacity() + 64);
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, wav);
            return wav.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static float[] mono(byte[] pcm, int channels) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        float[] mono = new float[pcm.length / 2 / channels];
        for (int frame = 0; frame < mono.length; frame++) {
            float sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += samples.getShort() / FULL_SCALE;
            }
            mono[frame] = sum / channels;
        }
        return mono;
    }
}
