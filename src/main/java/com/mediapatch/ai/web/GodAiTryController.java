package com.mediapatch.ai.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.ai.AiAnswer;
import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiRefused;
import com.mediapatch.ai.AiRoutes;
import com.mediapatch.ai.AiServices;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.LabelChoice;
import com.mediapatch.ai.LabelScore;
import com.mediapatch.ai.MusicPiece;
import com.mediapatch.ai.MusicRequest;
import com.mediapatch.ai.Stems;
import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;
import com.mediapatch.identity.Member;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Try it" per capability for God: a prompt in, the result out, with the link that answered and why earlier links
 * were passed over. Runs through the same facade members' features use, so the try is a real call, counted in usage.
 */
@Controller
class GodAiTryController {

    static final int MAX_LABELS = 20;

    private final AiGodGate gate;
    private final AiServices ai;
    private final TriedAudio tried;

    GodAiTryController(AiGodGate gate, AiServices ai, TriedAudio tried) {
        this.gate = gate;
        this.ai = ai;
        this.tried = tried;
    }

    @GetMapping(AiRoutes.TRY + "/{slug}")
    String form(@AuthenticationPrincipal Member me, @PathVariable String slug, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        model.addAttribute("page", AiPages.TryIt.empty(triable(slug)));
        return "ai/try";
    }

    @PostMapping(AiRoutes.TRY + "/{slug}")
    String run(@AuthenticationPrincipal Member me, @PathVariable String slug, @RequestParam(defaultValue = "") String prompt,
            @RequestParam(defaultValue = "") String labels, @RequestParam(defaultValue = "20") int seconds,
            @RequestParam(required = false) MultipartFile audio, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        gate.requireAction(me, request);
        Capability capability = triable(slug);
        AiCaller caller = AiCaller.of(me);
        try {
            if (prompt.isBlank() && capability != Capability.STEMS) {
                throw new TryRefused("Type something to send.");
            }
            AiAnswer<?> answer;
            String shown;
            List<AiPages.TriedFile> files = List.of();
            switch (capability) {
                case TEXT -> {
                    AiAnswer<TextReply> text = ai.chat(caller, TextRequest.of(prompt));
                    answer = text;
                    shown = text.value().text();
                }
                case MUSIC -> {
                    AiAnswer<MusicPiece> music = ai.compose(caller, musicRequest(prompt, seconds));
                    answer = music;
                    shown = music.value().summary();
                    files = keep(me, List.of(TriedAudio.File.wav("composition", "Composition", music.value().wav()),
                            new TriedAudio.File("composition.mid", "MIDI score", MediaType.parseMediaType("audio/midi"),
                                    music.value().midi())));
                }
                case STEMS -> {
                    AiAnswer<Stems> stems = ai.separateStems(caller, recording(audio));
                    answer = stems;
                    shown = "Two parts of " + stems.value().length().toMillis() / 1000.0 + " seconds each, mono";
                    files = keep(me, List.of(TriedAudio.File.wav("harmonic", "Sustained part (harmonic)", stems.value().harmonic()),
                            TriedAudio.File.wav("percussive", "Struck part (percussive)", stems.value().percussive())));
                }
                case EMBEDDINGS -> {
                    AiAnswer<List<float[]>> vectors = ai.embed(caller, List.of(prompt));
                    answer = vectors;
                    shown = describe(vectors.value().get(0));
                }
                default -> {
                    AiAnswer<List<LabelScore>> scores = ai.classify(caller, prompt, labels(labels));
                    answer = scores;
                    shown = scores.value().stream().map(score -> score.name() + " " + String.format(Locale.ROOT, "%.3f", score.score()))
                            .collect(Collectors.joining("\n"));
                }
            }
            model.addAttribute("page", new AiPages.TryIt(capability, prompt, labels, answer, shown, null, List.of(), seconds,
                    files));
        } catch (AiRefused refused) {
            response.setStatus(refused.type().status().value());
            List<String> reasons = refused instanceof AiRefused.Unavailable unavailable ? unavailable.reasons() : List.of();
            model.addAttribute("page", new AiPages.TryIt(capability, prompt, labels, null, null, refused.getMessage(), reasons,
                    seconds, List.of()));
        } catch (TryRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new AiPages.TryIt(capability, prompt, labels, null, null, refused.getMessage(), List.of(),
                    seconds, List.of()));
        }
        return "ai/try";
    }

    /** Keeps what a try made for its own page's players and links. */
    private List<AiPages.TriedFile> keep(Member me, List<TriedAudio.File> made) {
        UUID id = tried.keep(me.id(), made);
        return made.stream().map(file -> new AiPages.TriedFile(file.label(), AiRoutes.triedFile(id, file.name()), file.playable()))
                .toList();
    }

    private static byte[] recording(MultipartFile audio) {
        if (audio == null || audio.isEmpty()) {
            throw new TryRefused("Choose a WAV recording to separate.");
        }
        try {
            return audio.getBytes();
        } catch (java.io.IOException unreadable) {
            throw new TryRefused("The recording could not be read: send it again.");
        }
    }

    private static MusicRequest musicRequest(String description, int seconds) {
        if (!AiPages.TryIt.LENGTHS.contains(seconds)) {
            throw new TryRefused("Choose one of the lengths offered.");
        }
        return new MusicRequest(description, seconds);
    }

    /** The capabilities that have something to try: the others have no providers yet. */
    private static Capability triable(String slug) {
        Capability capability = Capability.fromSlug(slug);
        if (!capability.hasLocalProvider()) {
            throw new AiRefused.UnknownCapability();
        }
        return capability;
    }

    /** Labels typed one a line as "name: description". */
    private static List<LabelChoice> labels(String typed) {
        List<LabelChoice> choices = new ArrayList<>();
        for (String line : typed.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0 && colon < line.length() - 1) {
                choices.add(new LabelChoice(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        if (choices.size() < 2 || choices.size() > MAX_LABELS) {
            throw new TryRefused("Give between 2 and " + MAX_LABELS + " labels, one a line, as name: description.");
        }
        return choices;
    }

    private static String describe(float[] vector) {
        StringBuilder shown = new StringBuilder(vector.length + " dimensions: [");
        for (int i = 0; i < Math.min(6, vector.length); i++) {
            shown.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", vector[i]));
        }
        return shown.append(vector.length > 6 ? ", …]" : "]").toString();
    }

    /** A try the form itself turns away (nothing typed, labels missing). */
    static final class TryRefused extends RuntimeException {
        TryRefused(String message) {
            super(message, null, false, false);
        }
    }
}
