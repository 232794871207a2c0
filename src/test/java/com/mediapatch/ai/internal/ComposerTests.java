package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

import com.mediapatch.ai.MusicRequest;

import org.junit.jupiter.api.Test;

class ComposerTests {

    private static final int[] A_MINOR_PITCH_CLASSES = {9, 11, 0, 2, 4, 5, 7};

    @Test
    void everyPitchedNoteIsInTheKeyAndTheTempoIsTheOneAsked() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("rock in A minor at 120 bpm", 30));
        Sequence score = Composer.compose(plan);

        assertThat(notes(score, channel -> channel != Composer.DRUMS)).isNotEmpty()
                .allSatisfy(note -> assertThat(A_MINOR_PITCH_CLASSES).contains(note.getData1() % 12));
        assertThat(tempoMicrosPerBeat(score)).isEqualTo(500_000);
        assertThat(score.getTickLength()).isLessThanOrEqualTo((long) plan.bars() * 4 * Composer.TICKS_PER_BEAT);
    }

    @Test
    void thePieceEndsOnItsHomeChordInTheBass() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("bright folk tune in G", 20));
        Sequence score = Composer.compose(plan);
        long lastBar = (long) (plan.bars() - 1) * 4 * Composer.TICKS_PER_BEAT;

        List<MidiEvent> finalBass = events(score).stream().filter(event -> event.getTick() >= lastBar)
                .filter(event -> event.getMessage() instanceof ShortMessage note && note.getCommand() == ShortMessage.NOTE_ON
                        && note.getChannel() == Composer.BASS).toList();
        assertThat(finalBass).singleElement()
                .satisfies(event -> assertThat(((ShortMessage) event.getMessage()).getData1() % 12).isEqualTo(7));
    }

    @Test
    void ambientMusicHasNoDrumsAndDoomHasThem() {
        assertThat(notes(Composer.compose(MusicPlan.of(new MusicRequest("ambient drone", 20))), c -> c == Composer.DRUMS)).isEmpty();
        assertThat(notes(Composer.compose(MusicPlan.of(new MusicRequest("doom", 20))), c -> c == Composer.DRUMS)).isNotEmpty();
    }

    @Test
    void theSameDescriptionGivesTheSameScore() {
        MusicPlan plan = MusicPlan.of(new MusicRequest("jazz ballad", 20));

        assertThat(notes(Composer.compose(plan), channel -> true).stream().map(ShortMessage::getData1).toList())
                .isEqualTo(notes(Composer.compose(plan), channel -> true).stream().map(ShortMessage::getData1).toList());
    }

    private static List<ShortMessage> notes(Sequence score, java.util.function.IntPredicate channel) {
        return events(score).stream().map(MidiEvent::getMessage)
                .filter(message -> message instanceof ShortMessage note && note.getCommand() == ShortMessage.NOTE_ON
                        && channel.test(note.getChannel()))
                .map(ShortMessage.class::cast).toList();
    }

    private static List<MidiEvent> events(Sequence score) {
        List<MidiEvent> all = new ArrayList<>();
        for (Track track : score.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                all.add(track.get(i));
            }
        }
        return all;
    }

    private static int tempoMicrosPerBeat(Sequence score) {
        return events(score).stream().map(MidiEvent::getMessage).filter(MetaMessage.class::isInstance).map(MetaMessage.class::cast)
                .filter(meta -> meta.getType() == 0x51).map(MetaMessage::getData)
                .map(data -> (data[0] & 0xff) << 16 | (data[1] & 0xff) << 8 | data[2] & 0xff).findFirst().orElseThrow();
    }
}
