package com.mediapatch.ai.internal;

import java.util.List;

import com.mediapatch.ai.EmbeddingModel;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * The in-process embeddings: all-MiniLM-L6-v2, quantized, whose ONNX model ships inside its jar (384 dimensions,
 * about 23 MB). The model is loaded on first use, never at start-up, and once per JVM.
 */
@Component
public class MiniLmEmbeddings implements EmbeddingModel {

    static final String MODEL = "all-minilm-l6-v2-q";
    public static final int DIMENSIONS = 384;

    /** Holder idiom: the class, and with it the model, is initialised by the first call. */
    private static final class Loaded {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(text.isBlank() ? " " : text)).toList();
        return Loaded.MODEL.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public String model() {
        return MODEL;
    }

    /** Cosine similarity of two vectors of the same length. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
