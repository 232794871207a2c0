package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.ai.LabelChoice;
import com.mediapatch.ai.LabelScore;
import com.mediapatch.ai.TextRequest;

import org.junit.jupiter.api.Test;

/** The providers that need no network and no download, tested for real (the MiniLM model loads once per JVM). */
class InProcessProvidersTests {

    static final MiniLmEmbeddings EMBEDDINGS = new MiniLmEmbeddings();

    @Test
    void aParaphraseIsCloserThanAnUnrelatedText() {
        List<float[]> vectors = EMBEDDINGS.embed(List.of("Our band is looking for a drummer for weekend gigs",
                "We need a percussionist to play shows with us on Saturdays", "How to repot a cactus without gloves"));

        assertThat(vectors).allSatisfy(vector -> assertThat(vector).hasSize(384));
        assertThat(MiniLmEmbeddings.cosine(vectors.get(0), vectors.get(1)))
                .isGreaterThan(MiniLmEmbeddings.cosine(vectors.get(0), vectors.get(2)) + 0.2);
    }

    @Test
    void aBassPlayerAdIsTaggedBass() {
        List<LabelScore> scores = new EmbeddingClassifier(EMBEDDINGS).classify(
                "Funk outfit seeks someone to hold down the low end on a four-string, Jaco fans welcome", List.of(
                        new LabelChoice("drums", "drummer, drum kit, percussion"),
                        new LabelChoice("bass", "bass player, bassist, bass guitar, low end"),
                        new LabelChoice("vocals", "singer, vocalist, lead vocals"),
                        new LabelChoice("keys", "keyboard player, piano, synthesizer")));

        assertThat(scores.get(0).name()).isEqualTo("bass");
    }

    @Test
    void spamIsPreScreenedAsSpam() {
        List<LabelScore> scores = new EmbeddingClassifier(EMBEDDINGS).classify(
                "CLICK HERE to claim your free crypto prize, limited offer, send your bank details now", List.of(
                        new LabelChoice("ok", "a musician talking about music, rehearsals, gigs or gear"),
                        new LabelChoice("spam", "advertising scam, free prize, crypto, click this link, send money")));

        assertThat(scores.get(0).name()).isEqualTo("spam");
    }

    @Test
    void theOfflineProviderAnswersFromTheHelpPageAndSaysSoWhenItCannot() {
        OfflineText offline = new OfflineText();
        String help = "Members you block cannot message you. To block someone, open their profile and choose Block. "
                + "Your photos appear on your profile page.";

        assertThat(offline.generate(new TextRequest("", "How do I block someone?", List.of(help)), piece -> { }).text())
                .contains("To block someone, open their profile and choose Block.").doesNotContain("photos");
        assertThat(offline.generate(TextRequest.of("Write me a song"), piece -> { }).text()).contains("without a language model");
    }
}
