package com.mediapatch.ai.internal;

/**
 * What God Mode's connection form sets. A null or empty key leaves a stored key as it is.
 */
public record ConnectionDraft(String name, ConnectionKind kind, String baseUrl, String textModel, String embeddingModel,
        String key, long monthlyBudgetCents, long priceMicrosPerUnit) {

    @Override
    public String toString() {
        return "ConnectionDraft[" + name + ", " + kind + ", key ****]";
    }
}
