package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import com.mediapatch.ai.MusicPiece;
import com.mediapatch.ai.MusicRequest;

import org.junit.jupiter.api.Test;

class InProcessMusicTests {

    private final InProcessMusic music = new InProcessMusic(properties(""));

    @Test
    void aDescriptionBecomesARecordingThatPlaysForItsLengthAndIsNotSilent() throws Exception {
        MusicPiece piece = music.compose(new MusicRequest("rock at 120 bpm in E minor", 10));

        try (AudioInputStream sound = AudioSystem.getAudioInputStream(new ByteArrayInputStream(piece.wav()))) {
            assertThat(sound.getFormat().getSampleRate()).isEqualTo(44_100f);
            assertThat(sound.getFormat().getChannels()).isEqualTo(2);
            assertThat(sound.getFrameLength() / 44_100.0).isCloseTo(10 + GervillRecorder.TAIL_SECONDS,
                    org.assertj.core.data.Offset.offset(0.05));
            assertThat(loudness(sound.readAllBytes())).isGreaterThan(0.01);
        }
        assertThat(piece.length()).isEqualTo(Duration.ofSeconds(10));
        assertThat(piece.summary()).isEqualTo("E minor · 120 bpm · 5 bars · rock: overdriven guitars, bass and drums");
        Sequence score = MidiSystem.getSequence(new ByteArrayInputStream(piece.midi()));
        assertThat(score.getResolution()).isEqualTo(Composer.TICKS_PER_BEAT);
    }

    @Test
    void aSoundfontThatCannotBeReadIsReportedAsTheReason() {
        InProcessMusic withMissingFont = new InProcessMusic(properties("/nowhere/FluidR3_GM.sf2"));

        assertThatThrownBy(() -> withMissingFont.compose(new MusicRequest("pop", 5))).isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("MEDIAPATCH_AI_SOUNDFONT");
    }

    /** Root mean square of 16-bit little-endian samples, 0 (silence) to 1 (full scale). */
    private static double loudness(byte[] pcm) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        int count = pcm.length / 2;
        for (int i = 0; i < count; i++) {
            double sample = samples.getShort() / 32768.0;
            sum += sample * sample;
        }
        return Math.sqrt(sum / count);
    }

    private static AiProperties properties(String soundfont) {
        return new AiProperties(1, Duration.ofMillis(200), 3, Duration.ofMinutes(1), Duration.ofMinutes(1), 8000, soundfont);
    }
}
