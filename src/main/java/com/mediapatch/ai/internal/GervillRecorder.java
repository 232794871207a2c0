package com.mediapatch.ai.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Plays a score through the JDK's own software synthesizer (Gervill) straight into a WAV file: no sound card, faster
 * than real time. Gervill renders offline only through its {@code AudioSynthesizer} interface, which the JDK does
 * not export: the jar's manifest, the tests and {@code spring-boot:run} open it with
 * {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}. Instruments come from an operator's SF2
 * soundfont when one is set, otherwise from the synthesizer's built-in sounds.
 */
final class GervillRecorder {

    static final AudioFormat FORMAT = new AudioFormat(44_100, 16, 2, true, false);
    /** Time after the last note for the reverb and releases to ring out. */
    static final double TAIL_SECONDS = 1.5;

    private GervillRecorder() {
    }

    /** The score played at the plan's tempo for the plan's length, and a little after it. */
    static byte[] record(Sequence score, MusicPlan plan, Path soundfont) {
        Synthesizer synthesizer = synthesizer();
        try {
            AudioInputStream sound = openStream(synthesizer);
            if (soundfont != null) {
                synthesizer.unloadAllInstruments(synthesizer.getDefaultSoundbank());
                synthesizer.loadAllInstruments(MidiSystem.getSoundbank(soundfont.toFile()));
            }
            play(score, plan.bpm(), synthesizer.getReceiver());
            long frames = Math.round(FORMAT.getFrameRate() * (plan.seconds() + TAIL_SECONDS));
            ByteArrayOutputStream wav = new ByteArrayOutputStream((int) (frames * FORMAT.getFrameSize()) + 64);
            AudioSystem.write(new AudioInputStream(sound, FORMAT, frames), AudioFileFormat.Type.WAVE, wav);
            return wav.toByteArray();
        } catch (IOException | InvalidMidiDataException | MidiUnavailableException failed) {
            throw new ProviderFailure(ProviderFailure.Kind.SERVER_ERROR, "the synthesizer could not play the score");
        } finally {
            synthesizer.close();
        }
    }

    /** Every note of the score, time-stamped in microseconds from the start (one tempo throughout). */
    private static void play(Sequence score, int bpm, Receiver receiver) {
        for (Track track : score.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof ShortMessage message) {
                    receiver.send(message, Math.round(seconds(event.getTick(), bpm) * 1_000_000));
                }
            }
        }
    }

    private static double seconds(long ticks, int bpm) {
        return ticks * 60.0 / (bpm * (double) Composer.TICKS_PER_BEAT);
    }

    private static Synthesizer synthesizer() {
        try {
            return MidiSystem.getSynthesizer();
        } catch (MidiUnavailableException none) {
            throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, "this Java has no MIDI synthesizer");
        }
    }

    private static AudioInputStream openStream(Synthesizer synthesizer) {
        try {
            Class<?> offline = Class.forName("com.sun.media.sound.AudioSynthesizer");
            if (!offline.isInstance(synthesizer)) {
                throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, "this Java's synthesizer cannot record");
            }
            return (AudioInputStream) offline.getMethod("openStream", AudioFormat.class, Map.class)
                    .invoke(synthesizer, FORMAT, null);
        } catch (IllegalAccessException notExported) {
            throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED,
                    "start Java with --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED");
        } catch (ClassNotFoundException | NoSuchMethodException | InvocationTargetException unavailable) {
            throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, "this Java's synthesizer cannot record");
        }
    }
}
