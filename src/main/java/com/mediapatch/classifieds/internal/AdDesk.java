package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdNotFound;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdPublished;
import com.mediapatch.classifieds.AdRefused;
import com.mediapatch.classifieds.AdStatus;
import com.mediapatch.classifieds.ClassifiedsProblem;
import com.mediapatch.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ad lifecycle under its rules: a member saves drafts and publishes them for 30 days, renews,
 * marks them filled or deletes them; at most {@link #MAX_ACTIVE} drafts and live ads at once; the same
 * title and text refused within 24 hours; every edit keeps the version it replaced. Only the owner
 * acts on an ad; anyone else is told it does not exist.
 */
@Component
public class AdDesk {

    public static final int MAX_ACTIVE = 10;
    public static final Duration LISTED_FOR = Duration.ofDays(30);
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final AdStore store;
    private final AdListings listings;
    private final AdIndex index;
    private final AdVectors vectors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdDesk(AdStore store, AdListings listings, AdIndex index, AdVectors vectors, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.listings = listings;
        this.index = index;
        this.vectors = vectors;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new draft. */
    @Transactional
    public AdId create(AccountId owner, AdDetails details, AdPlace where) {
        Instant now = clock.instant();
        if (store.activeCount(owner, now) >= MAX_ACTIVE) {
            throw new AdRefused(ClassifiedsProblem.TOO_MANY_ACTIVE);
        }
        AdId id = new AdId(UUID.randomUUID());
        String fingerprint = refuseDuplicate(owner, details, id, now);
        store.insert(new Ad(id, owner, details, where, AdStatus.DRAFT, false, now, null, null), fingerprint, now);
        index.changed(id);
        events.publishEvent(new AdTextChanged(id));
        audit(owner, "classifieds.ad-created", id, now);
        return id;
    }

    /** Replaces what the ad says, keeping the previous version; a filled ad is not edited. */
    @Transactional
    public void update(AccountId owner, AdId id, AdDetails details, AdPlace where) {
        Ad ad = owned(owner, id);
        if (ad.status() == AdStatus.CLOSED) {
            throw new AdRefused(ClassifiedsProblem.WRONG_STEP);
        }
        Instant now = clock.instant();
        String fingerprint = refuseDuplicate(owner, details, id, now);
        store.replaceDetails(ad, details, where, fingerprint, now);
        vectors.forget(id);
        index.changed(id);
        events.publishEvent(new AdTextChanged(id));
        audit(owner, "classifieds.ad-edited", id, now);
    }

    /** Lists a draft for 30 days. */
    @Transactional
    public void publish(AccountId owner, AdId id) {
        Ad ad = owned(owner, id);
        if (ad.status() != AdStatus.DRAFT) {
            throw new AdRefused(ClassifiedsProblem.WRONG_STEP);
        }
        Instant published = list(owner, ad, "classifieds.ad-published");
        events.publishEvent(new AdPublished(id, owner, published));
    }

    /** Lists a published ad (live or expired) for another 30 days from now; an expired one counts as active again. */
    @Transactional
    public void renew(AccountId owner, AdId id) {
        Ad ad = owned(owner, id);
        if (ad.status() != AdStatus.PUBLISHED) {
            throw new AdRefused(ClassifiedsProblem.WRONG_STEP);
        }
        if (ad.expired(clock.instant()) && store.activeCount(owner, clock.instant()) >= MAX_ACTIVE) {
            throw new AdRefused(ClassifiedsProblem.TOO_MANY_ACTIVE);
        }
        list(owner, ad, "classifieds.ad-renewed");
    }

    /** Marks a published ad filled: it leaves the listings and stays on the owner's list. */
    @Transactional
    public void close(AccountId owner, AdId id) {
        owned(owner, id);
        Instant now = clock.instant();
        if (!store.close(id, now)) {
            throw new AdRefused(ClassifiedsProblem.WRONG_STEP);
        }
        index.changed(id);
        listings.forgetCounts();
        audit(owner, "classifieds.ad-filled", id, now);
    }

    @Transactional
    public void delete(AccountId owner, AdId id) {
        owned(owner, id);
        store.delete(id);
        index.deleted(id);
        listings.forgetCounts();
        audit(owner, "classifieds.ad-deleted", id, clock.instant());
    }

    /** The ad if {@code viewer} may see it: its owner always, anyone else only while it is live. */
    public Ad visible(AccountId viewer, AdId id) {
        return store.find(id).filter(ad -> ad.ownedBy(viewer) || ad.live(clock.instant())).orElseThrow(AdNotFound::new);
    }

    /** The ad if {@code owner} owns it; anyone else is told it does not exist. */
    public Ad owned(AccountId owner, AdId id) {
        return store.find(id).filter(ad -> ad.ownedBy(owner)).orElseThrow(AdNotFound::new);
    }

    /** Lists the ad from now for 30 days; returns when. */
    private Instant list(AccountId owner, Ad ad, String action) {
        Instant now = clock.instant();
        if (!store.publish(ad.id(), now, now.plus(LISTED_FOR))) {
            throw new AdRefused(ClassifiedsProblem.WRONG_STEP);
        }
        index.changed(ad.id());
        listings.forgetCounts();
        audit(owner, action, ad.id(), now);
        return now;
    }

    private String refuseDuplicate(AccountId owner, AdDetails details, AdId id, Instant now) {
        String fingerprint = AdFingerprint.of(details.title(), details.description());
        if (store.postedRecently(owner, fingerprint, now.minus(DUPLICATE_WINDOW), id)) {
            throw new AdRefused(ClassifiedsProblem.DUPLICATE);
        }
        return fingerprint;
    }

    private void audit(AccountId owner, String action, AdId id, Instant at) {
        events.publishEvent(AuditableAction.of(at, "member:" + owner, action, "ad:" + id, null, Map.of()));
    }
}
