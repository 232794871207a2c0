package com.mediapatch.ai;

/**
 * How well a text matches a label: cosine similarity between their embeddings, from -1 to 1.
 */
public record LabelScore(String name, double score) {
}
