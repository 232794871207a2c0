package com.mediapatch.ai.internal;

import java.time.Instant;
import java.util.UUID;

import com.mediapatch.ai.Privacy;

/**
 * A model server or external API God Mode added. The key is not here: it stays sealed in its row and is opened
 * only by {@link ConnectionStore#key} when a call needs it.
 *
 * @param monthlyBudgetCents what the connection may spend per calendar month, 0 for no budget
 * @param priceMicrosPerUnit the price of one unit of its capability (1k tokens...) in millionths of the currency
 */
public record AiConnection(UUID id, String name, ConnectionKind kind, String baseUrl, String textModel,
        String embeddingModel, boolean hasKey, boolean enabled, long monthlyBudgetCents, long priceMicrosPerUnit,
        Instant createdAt) {

    /** How the connection is named in chains and usage records. */
    public String linkKey() {
        return id.toString();
    }

    /** Where members' input goes when it answers. */
    public Privacy privacy() {
        return kind.external() ? Privacy.sentTo(kind.label() + " (" + name + ")") : Privacy.sentTo("the model server " + name);
    }
}
