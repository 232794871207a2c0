package com.mediapatch.ai.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mediapatch.ai.Classifier;
import com.mediapatch.ai.EmbeddingModel;
import com.mediapatch.ai.LabelChoice;
import com.mediapatch.ai.LabelScore;

/**
 * Zero-shot classification: the text and each label's description are embedded in one batch, and labels are
 * ranked by cosine similarity to the text. Works with whichever embeddings answer (in process by default).
 */
public final class EmbeddingClassifier implements Classifier {

    private final EmbeddingModel embeddings;

    public EmbeddingClassifier(EmbeddingModel embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public List<LabelScore> classify(String text, List<LabelChoice> labels) {
        List<String> batch = new ArrayList<>(labels.size() + 1);
        batch.add(text);
        labels.forEach(label -> batch.add(label.description()));
        List<float[]> vectors = embeddings.embed(batch);
        List<LabelScore> scores = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            scores.add(new LabelScore(labels.get(i).name(), MiniLmEmbeddings.cosine(vectors.get(0), vectors.get(i + 1))));
        }
        scores.sort(Comparator.comparingDouble(LabelScore::score).reversed());
        return scores;
    }
}
