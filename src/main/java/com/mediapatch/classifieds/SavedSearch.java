package com.mediapatch.classifieds;

import java.time.Instant;
import java.util.UUID;

import com.mediapatch.identity.AccountId;

/**
 * A search a member saved to hear about new matching ads.
 *
 * @param id the saved search
 * @param owner whose it is
 * @param query what it looks for (recency is not kept: every new ad is new)
 * @param createdAt when it was saved
 */
public record SavedSearch(UUID id, AccountId owner, AdQuery query, Instant createdAt) {

    /** The search in words, such as: drummer · Musicians wanted · within 50 km of Leeds. */
    public String label() {
        StringBuilder label = new StringBuilder(query.words() == null ? "Any ad" : "\u201c" + query.words() + "\u201d");
        if (query.category() != null) {
            label.append(" \u00b7 ").append(query.category().label());
        }
        if (query.instrument() != null) {
            label.append(" \u00b7 ").append(query.instrument());
        }
        if (query.genre() != null) {
            label.append(" \u00b7 ").append(query.genre());
        }
        if (query.near() != null) {
            label.append(" \u00b7 within ").append(query.radiusKm()).append(" km of ").append(query.near().city());
        }
        return label.toString();
    }
}
