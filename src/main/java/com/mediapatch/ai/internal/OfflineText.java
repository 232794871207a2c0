package com.mediapatch.ai.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.mediapatch.ai.TextModel;
import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;

import org.springframework.stereotype.Component;

/**
 * The honest offline text provider: no language model. Asked to write an ad, a bio, an event description or a
 * message, it fills a template with the member's words ({@link DraftTemplates}); otherwise it answers from the
 * documents it is given by quoting the sentences that share the most words with the question, and says plainly
 * when they hold no answer.
 */
@Component
public class OfflineText implements TextModel {

    public static final String NAME = "offline (no language model)";
    static final String MODEL = "extractive";
    private static final int SENTENCES = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "can", "do", "does", "for", "how",
            "i", "in", "is", "it", "me", "my", "of", "on", "or", "the", "to", "what", "when", "where", "which", "who",
            "why", "with", "you", "your");

    @Override
    public TextReply generate(TextRequest request, Consumer<String> onPiece) {
        Optional<String> draft = DraftTemplates.draft(request.prompt());
        if (draft.isPresent()) {
            onPiece.accept(draft.get());
            return new TextReply(draft.get(), DraftTemplates.MODEL,
                    RemoteProtocol.estimateTokens(request.length() + draft.get().length()));
        }
        Set<String> asked = words(request.prompt());
        List<Scored> scored = new ArrayList<>();
        for (String document : request.documents()) {
            for (String sentence : SENTENCE_END.split(document)) {
                long shared = words(sentence).stream().filter(asked::contains).count();
                if (shared > 0 && !sentence.isBlank()) {
                    scored.add(new Scored(sentence.strip(), shared, scored.size()));
                }
            }
        }
        String answer;
        if (scored.isEmpty()) {
            answer = request.documents().isEmpty()
                    ? "This site runs without a language model, so it can only answer from documents it is given, and none came with this question."
                    : "None of the documents I was given answers that.";
        } else {
            answer = String.join(" ", scored.stream()
                    .sorted(Comparator.comparingLong(Scored::shared).reversed().thenComparingInt(Scored::order)).limit(SENTENCES)
                    .sorted(Comparator.comparingInt(Scored::order)).map(Scored::sentence).toList());
        }
        onPiece.accept(answer);
        return new TextReply(answer, MODEL, RemoteProtocol.estimateTokens(request.length() + answer.length()));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private record Scored(String sentence, long shared, int order) {
    }
}
