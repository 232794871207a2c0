package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;

class AudioClipTests {

    @Test
    void aStereoWavIsReadAsOneChannelAtItsOwnRate() throws Exception {
        AudioClip clip = AudioClip.fromWav(stereoWav(22_050, 2, 0.5f, -0.25f));

        assertThat(clip.sampleRate()).isEqualTo(22_050f);
        assertThat(clip.length()).isEqualTo(Duration.ofSeconds(2));
        assertThat(clip.samples()[100]).isCloseTo(0.125f, org.assertj.core.data.Offset.offset(0.001f));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        byte[] wav = TestRecordings.toneWithClicks(1);

        AudioClip clip = AudioClip.fromWav(wav);

        assertThat(clip.toWav(clip.samples())).isEqualTo(wav);
    }

    @Test
    void anythingButAShortWavIsRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> AudioClip.fromWav("ID3 not a wav".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(AudioClip.Unreadable.class).hasMessage("Only WAV recordings (PCM) can be separated.");
        assertThatThrownBy(() -> AudioClip.fromWav(stereoWav(8_000, AudioClip.LONGEST_SECONDS + 1, 0, 0)))
                .isInstanceOf(AudioClip.Unreadable.class).hasMessageContaining("at most 30 seconds");
        assertThatThrownBy(() -> AudioClip.fromWav(stereoWav(96_000, 1, 0, 0)))
                .isInstanceOf(AudioClip.Unreadable.class).hasMessageContaining("between 8 and 48 kHz");
    }

    private static byte[] stereoWav(float rate, int seconds, float left, float right) throws Exception {
        int frames = (int) rate * seconds;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            pcm.putShort((short) (left * Short.MAX_VALUE)).putShort((short) (right * Short.MAX_VALUE));
        }
        AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, frames), AudioFileFormat.Type.WAVE, wav);
        return wav.toByteArray();
    }
}
