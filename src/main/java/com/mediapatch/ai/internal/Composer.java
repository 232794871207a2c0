package com.mediapatch.ai.internal;

import java.util.Random;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Writes a plan out as a score: a four-chord progression in the plan's key, a bass line on the chord roots, a
 * melody that lands on chord tones on the strong beats and walks the scale between them, and the style's drums.
 * Choices are drawn from a generator seeded by the plan, so a description always gives the same score.
 */
final class Composer {

    static final int TICKS_PER_BEAT = 480;
    static final int LEAD = 0;
    static final int HARMONY = 1;
    static final int BASS = 2;
    static final int DRUMS = 9;

    private static final int BAR = 4 * TICKS_PER_BEAT;
    private static final int EIGHTH = TICKS_PER_BEAT / 2;
    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10};
    // Scale degrees counted from 0: I-V-vi-IV, I-IV-V-V, I-vi-IV-V; i-VI-III-VII, i-iv-v-i, i-VII-VI-VII.
    private static final int[][] MAJOR_PROGRESSIONS = {{0, 4, 5, 3}, {0, 3, 4, 4}, {0, 5, 3, 4}};
    private static final int[][] MINOR_PROGRESSIONS = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 6}};
    // A bar's melody rhythms, in eighths.
    private static final int[][] RHYTHMS = {{2, 2, 2, 2}, {1, 1, 2, 2, 2}, {3, 1, 2, 2}, {2, 1, 1, 4}, {4, 2, 2}, {4, 4}};

    private final MusicPlan plan;
    private final int[] scale;
    private final Random random;
    private final Track track;
    private final Sequence sequence;

    private Composer(MusicPlan plan) throws InvalidMidiDataException {
        this.plan = plan;
        this.scale = plan.minor() ? MINOR : MAJOR;
        this.random = new Random(plan.seed());
        this.sequence = new Sequence(Sequence.PPQ, TICKS_PER_BEAT);
        this.track = sequence.createTrack();
    }

    static Sequence compose(MusicPlan plan) {
        try {
            return new Composer(plan).write();
        } catch (InvalidMidiDataException impossible) {
            throw new IllegalStateException("The composer wrote an invalid MIDI message", impossible);
        }
    }

    /** The chords' scale degrees, one a bar, ending on the home chord. */
    private int[] chordsOfBars() {
        int[][] progressions = plan.minor() ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS;
        int[] progression = progressions[random.nextInt(progressions.length)];
        int[] chords = new int[plan.bars()];
        for (int bar = 0; bar < chords.length; bar++) {
            chords[bar] = bar == chords.length - 1 ? 0 : progression[bar % progression.length];
        }
        return chords;
    }

    private Sequence write() throws InvalidMidiDataException {
        int microsPerBeat = 60_000_000 / plan.bpm();
        byte[] tempo = {(byte) (microsPerBeat >> 16), (byte) (microsPerBeat >> 8), (byte) microsPerBeat};
        track.add(new MidiEvent(new MetaMessage(0x51, tempo, 3), 0));
        program(LEAD, plan.style().lead());
        program(HARMONY, plan.style().harmony());
        program(BASS, plan.style().bass());
        int[] chords = chordsOfBars();
        int melody = 7 + chords[0];
        for (int bar = 0; bar < chords.length; bar++) {
            long start = (long) bar * BAR;
            boolean last = bar == chords.length - 1;
            harmony(chords[bar], start, last);
            bass(chords[bar], start, last);
            drums(start, bar % 4 == 0, last);
            melody = melody(chords[bar], melody, start, last);
        }
        return sequence;
    }

    private void harmony(int chord, long start, boolean last) throws InvalidMidiDataException {
        int[] chordPitches = chordPitches(chord);
        switch (last ? MusicStyle.Groove.NONE : plan.style().groove()) {
            case HEAVY -> hits(chordPitches, start, 2 * TICKS_PER_BEAT, 2, 100);
            case ROCK -> hits(chordPitches, start, TICKS_PER_BEAT, 4, 80);
            case SWING -> {
                hits(chordPitches, start + TICKS_PER_BEAT, EIGHTH, 1, 70);
                hits(chordPitches, start + 3 * TICKS_PER_BEAT, EIGHTH, 1, 70);
            }
            case LIGHT -> {
                for (int eighth = 0; eighth < 8; eighth++) {
                    note(HARMONY, chordPitches[eighth % chordPitches.length], 70, start + (long) eighth * EIGHTH, EIGHTH);
                }
            }
            default -> hits(chordPitches, start, BAR, 1, 65);
        }
    }

    /** The heavy styles' power chord (root, fifth, octave), jazz's seventh chord, everyone else's triad. */
    private int[] chordPitches(int chord) {
        return switch (plan.style().groove()) {
            case HEAVY -> new int[] {pitch(chord, 3), pitch(chord, 3) + 7, pitch(chord, 3) + 12};
            case SWING -> new int[] {pitch(chord, 4), pitch(chord + 2, 4), pitch(chord + 4, 4), pitch(chord + 6, 4)};
            default -> new int[] {pitch(chord, 4), pitch(chord + 2, 4), pitch(chord + 4, 4)};
        };
    }

    /** The pitches struck together {@code times} in a row, each {@code length} long. */
    private void hits(int[] pitches, long start, int length, int times, int velocity) throws InvalidMidiDataException {
        for (int time = 0; time < times; time++) {
            for (int pitch : pitches) {
                note(HARMONY, pitch, velocity, start + (long) time * length, length);
            }
        }
    }

    private void bass(int chord, long start, boolean last) throws InvalidMidiDataException {
        int root = pitch(chord, 2);
        if (last || plan.style().groove() == MusicStyle.Groove.NONE) {
            note(BASS, root, 90, start, BAR);
            return;
        }
        int step = plan.style().groove() == MusicStyle.Groove.ROCK || plan.style().groove() == MusicStyle.Groove.FOUR_ON_THE_FLOOR
                ? EIGHTH : TICKS_PER_BEAT;
        for (long tick = 0; tick < BAR; tick += step) {
            boolean fifth = plan.style().groove() == MusicStyle.Groove.SWING && tick % (2 * TICKS_PER_BEAT) != 0;
            note(BASS, fifth ? pitch(chord + 4, 2) : root, tick == 0 ? 100 : 85, start + tick, step);
        }
    }

    private void drums(long start, boolean phraseStart, boolean last) throws InvalidMidiDataException {
        MusicStyle.Groove groove = plan.style().groove();
        if (groove == MusicStyle.Groove.NONE) {
            return;
        }
        if (phraseStart || last) {
            note(DRUMS, 49, 100, start, TICKS_PER_BEAT);
        }
        if (last) {
            note(DRUMS, 36, 110, start, TICKS_PER_BEAT);
            return;
        }
        for (int beat = 0; beat < 4; beat++) {
            long tick = start + (long) beat * TICKS_PER_BEAT;
            switch (groove) {
                case HEAVY -> {
                    if (beat == 0 || beat == 1) {
                        note(DRUMS, 36, 115, tick + (beat == 1 ? EIGHTH : 0), EIGHTH);
                    }
                    note(DRUMS, beat == 2 ? 38 : 42, beat == 2 ? 120 : 70, tick, EIGHTH);
                }
                case ROCK -> {
                    note(DRUMS, beat % 2 == 0 ? 36 : 38, 105, tick, EIGHTH);
                    note(DRUMS, 42, 75, tick, EIGHTH);
                    note(DRUMS, 42, 60, tick + EIGHTH, EIGHTH);
                }
                case SWING -> {
                    note(DRUMS, 51, 80, tick, EIGHTH);
                    if (beat % 2 == 1) {
                        note(DRUMS, 44, 70, tick, EIGHTH);
                        note(DRUMS, 51, 65, tick + 2 * TICKS_PER_BEAT / 3, EIGHTH);
                    }
                }
                case FOUR_ON_THE_FLOOR -> {
                    note(DRUMS, 36, 115, tick, EIGHTH);
                    note(DRUMS, 46, 70, tick + EIGHTH, EIGHTH);
                    if (beat % 2 == 1) {
                        note(DRUMS, 39, 95, tick, EIGHTH);
                    }
                }
                default -> note(DRUMS, beat == 0 ? 36 : 37, beat == 0 ? 85 : 60, tick, EIGHTH);
            }
        }
    }

    /**
     * One bar of melody from the degree it was left on: each note on a strong part of the bar is the chord tone
     * nearest the last note, the others step along the scale. Returns the degree the bar ends on.
     */
    private int melody(int chord, int from, long start, boolean last) throws InvalidMidiDataException {
        if (last) {
            note(LEAD, pitch(7, 4), 95, start, BAR);
            return 7;
        }
        int[] rhythm = plan.style().groove() == MusicStyle.Groove.NONE ? new int[] {8} : RHYTHMS[random.nextInt(RHYTHMS.length)];
        int degree = from;
        long tick = start;
        for (int i = 0; i < rhythm.length; i++) {
            boolean strong = (tick - start) % (2 * TICKS_PER_BEAT) == 0;
            degree = strong ? nearestChordTone(chord, degree) : Math.max(4, Math.min(13, degree + step()));
            if (i == 0 || random.nextInt(10) > 0) {
                note(LEAD, pitch(degree, 4), strong ? 100 : 85, swung(tick), rhythm[i] * EIGHTH);
            }
            tick += (long) rhythm[i] * EIGHTH;
        }
        return degree;
    }

    private int step() {
        int[] steps = {-2, -1, -1, 1, 1, 2};
        return steps[random.nextInt(steps.length)];
    }

    private static int nearestChordTone(int chord, int degree) {
        int best = degree;
        int distance = Integer.MAX_VALUE;
        for (int octave = 0; octave <= 14; octave += 7) {
            for (int tone : new int[] {chord, chord + 2, chord + 4}) {
                int candidate = tone + octave;
                if (candidate >= 4 && candidate <= 13 && Math.abs(candidate - degree) < distance) {
                    best = candidate;
                    distance = Math.abs(candidate - degree);
                }
            }
        }
        return best;
    }

    /** Swing delays the second eighth of each beat to the last third of it. */
    private long swung(long tick) {
        boolean offbeat = tick % TICKS_PER_BEAT == EIGHTH;
        return plan.style().groove() == MusicStyle.Groove.SWING && offbeat ? tick + TICKS_PER_BEAT / 6 : tick;
    }

    /** The MIDI note of a scale degree (0 the key's note, 7 an octave above) from the given octave up. */
    int pitch(int degree, int octave) {
        int semitones = 12 * Math.floorDiv(degree, 7) + scale[Math.floorMod(degree, 7)];
        return 12 * (octave + 1) + plan.root() + semitones;
    }

    private void program(int channel, int program) throws InvalidMidiDataException {
        track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0), 0));
    }

    private void note(int channel, int pitch, int velocity, long start, long length) throws InvalidMidiDataException {
        int held = (int) Math.max(1, length * 9 / 10);
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, pitch, velocity), start));
        track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, channel, pitch, 0), start + held));
    }
}
