package com.mediapatch.ai;

import java.util.List;

/** The embeddings capability: one vector per text, in order, comparable by cosine similarity. */
public interface EmbeddingModel {

    List<float[]> embed(List<String> texts);

    /** The model's name, for usage records. */
    String model();
}
