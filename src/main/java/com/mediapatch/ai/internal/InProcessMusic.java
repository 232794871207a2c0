package com.mediapatch.ai.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;

import com.mediapatch.ai.MusicPiece;
import com.mediapatch.ai.MusicRequest;

import org.springframework.stereotype.Component;

/**
 * The music capability's in-process provider: no model and no network. The description becomes a plan, the plan a
 * score ({@link Composer}), and the score a recording played by the JDK's synthesizer ({@link GervillRecorder}).
 */
@Component
public class InProcessMusic {

    public static final String NAME = "in-process composer";

    private final String soundfont;

    InProcessMusic(AiProperties properties) {
        this.soundfont = properties.soundfont();
    }

    public MusicPiece compose(MusicRequest request) {
        MusicPlan plan = MusicPlan.of(request);
        Sequence score = Composer.compose(plan);
        byte[] wav = GervillRecorder.record(score, plan, soundfontFile());
        String summary = plan.key() + " · " + plan.bpm() + " bpm · " + plan.bars() + " bars · " + plan.style().label()
                + ": " + plan.style().band();
        Duration length = Duration.ofMillis(Math.round(plan.seconds() * 1000));
        return new MusicPiece(wav, midiFile(score), summary, length);
    }

    /** What answered, for the usage records. */
    public String model() {
        return soundfont.isBlank() ? "composer + Gervill" : "composer + Gervill (" + Path.of(soundfont).getFileName() + ")";
    }

    private Path soundfontFile() {
        if (soundfont.isBlank()) {
            return null;
        }
        Path file = Path.of(soundfont);
        if (!Files.isReadable(file)) {
            throw new ProviderFailure(ProviderFailure.Kind.UNSUPPORTED, "its soundfont (MEDIAPATCH_AI_SOUNDFONT) cannot be read");
        }
        return file;
    }

    private static byte[] midiFile(Sequence score) {
        try {
            ByteArrayOutputStream midi = new ByteArrayOutputStream();
            MidiSystem.write(score, 1, midi);
            return midi.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
