package com.mediapatch.classifieds.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiRefused;
import com.mediapatch.ai.AiServices;
import com.mediapatch.ai.Capability;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.search.SearchBackend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What ads and searches mean, as vectors from the in-process sentence model (never a remote link, so every vector
 * in the index stays comparable). A written or edited ad is embedded once its transaction commits; a sweep fills in
 * ads still without a vector (the first start, or a time embeddings were switched off). Searches of
 * {@link #SEMANTIC_FROM} words or more are embedded too, so “someone to play low end on my doom record” can find a
 * “bass player, sludge/stoner” ad that shares none of its words. With embeddings switched off,
 * or a search backend without vectors, search is words only.
 */
@Component
class AdMeaning {

    static final int SEMANTIC_FROM = 3;
    static final int BATCH = 32;
    /** Phrases whose vectors are kept: 1,000 × 1.5 KiB. */
    static final int PHRASES_KEPT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(AdMeaning.class);

    private final AiServices ai;
    private final SearchBackend backend;
    private final AdVectors vectors;
    private final AdIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<String, float[]> phrases = Caffeine.newBuilder().maximumSize(PHRASES_KEPT)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    AdMeaning(AiServices ai, SearchBackend backend, AdVectors vectors, AdIndex index, TransactionTemplate transactions,
            Clock clock) {
        this.ai = ai;
        this.backend = backend;
        this.vectors = vectors;
        this.index = index;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The query's vector when it is a phrase of {@link #SEMANTIC_FROM} words or more and embeddings are on. A phrase
     * met lately is not embedded again: the next page, a facet clicked or the API asking the same costs no model call.
     */
    Optional<float[]> of(AdQuery query) {
        if (query.wordList().size() < SEMANTIC_FROM || !backend.vectors() || !ai.offers(AiCaller.SITE, Capability.EMBEDDINGS)) {
            return Optional.empty();
        }
        String phrase = query.words().strip().toLowerCase(Locale.ROOT);
        float[] known = phrases.getIfPresent(phrase);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            float[] vector = ai.embedInProcess(AiCaller.SITE, List.of(phrase)).value().get(0);
            phrases.put(phrase, vector);
            return Optional.of(vector);
        } catch (AiRefused refused) {
            return Optional.empty();
        }
    }

    @ApplicationModuleListener(id = "classifieds.embed-ad")
    void on(AdTextChanged changed) {
        vectors.current(changed.ad()).ifPresent(text -> embed(List.of(text)));
    }

    /** Embeds every open ad still without a vector, a batch at a time; returns how many were embedded. */
    @Scheduled(fixedDelayString = "${mediapatch.classifieds.vector-sweep-interval:10m}", initialDelayString = "${mediapatch.classifieds.vector-sweep-delay:30s}")
    int sweep() {
        int embedded = 0;
        UUID after = null;
        List<AdVectors.AdText> batch;
        do {
            batch = vectors.missing(after, BATCH);
            if (batch.isEmpty() || !embed(batch)) {
                break;
            }
            embedded += batch.size();
            after = batch.get(batch.size() - 1).ad().value();
        } while (batch.size() == BATCH);
        return embedded;
    }

    /** Stores and indexes the vectors of these ads; false when embeddings are refused (switched off). */
    private boolean embed(List<AdVectors.AdText> ads) {
        List<float[]> found;
        String model;
        try {
            var answer = ai.embedInProcess(AiCaller.SITE, ads.stream().map(AdVectors.AdText::text).toList());
            found = answer.value();
            model = answer.answeredBy();
        } catch (AiRefused refused) {
            log.info("Ads are not embedded for now: {}", refused.getClass().getSimpleName());
            return false;
        }
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < ads.size(); i++) {
                AdId ad = ads.get(i).ad();
                if (vectors.lock(ad)) {
                    vectors.save(ad, found.get(i), model, clock.instant());
                    if (backend.vectors()) {
                        index.changed(ad);
                    }
                }
            }
        });
        return true;
    }
}
