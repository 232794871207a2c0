package com.mediapatch.classifieds;

import java.time.Instant;
import java.util.List;

import com.mediapatch.identity.AccountId;

/**
 * One ad as pages and the API show it.
 *
 * @param id the ad
 * @param owner who posted it
 * @param details what the owner wrote and chose
 * @param where the city it is about, or null for a remote ad
 * @param status draft, published or closed (filled)
 * @param hidden hidden by a moderator: only the owner still sees it
 * @param createdAt when it was first saved
 * @param publishedAt when it was last published or renewed, or null
 * @param expiresAt when a published ad stops being listed, or null
 */
public record Ad(AdId id, AccountId owner, AdDetails details, AdPlace where, AdStatus status, boolean hidden,
        Instant createdAt, Instant publishedAt, Instant expiresAt) {

    /** Listed for everyone: published, not yet expired, not hidden. */
    public boolean live(Instant now) {
        return status == AdStatus.PUBLISHED && !hidden && expiresAt != null && expiresAt.isAfter(now);
    }

    public boolean expired(Instant now) {
        return status == AdStatus.PUBLISHED && expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Counts against the owner's limit of active ads: a draft, or a published ad not yet expired. */
    public boolean active(Instant now) {
        return status == AdStatus.DRAFT || status == AdStatus.PUBLISHED && !expired(now);
    }

    /** The status as the owner reads it, telling an expired ad from a live one. */
    public String statusLabel(Instant now) {
        return expired(now) ? "Expired" : hidden ? status.label() + " (hidden by a moderator)" : status.label();
    }

    public boolean ownedBy(AccountId account) {
        return owner.equals(account);
    }

    public String title() {
        return details.title();
    }

    public Category category() {
        return details.category();
    }

    public List<String> instruments() {
        return details.instruments();
    }

    public List<String> genres() {
        return details.genres();
    }

    /** “Remote”, or the city with its country. */
    public String whereLabel() {
        return where == null ? "Remote" : where.label();
    }
}
