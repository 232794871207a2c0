package com.mediapatch.classifieds.internal;

import java.util.List;
import java.util.UUID;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdPublished;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.SavedSearch;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.places.Place;
import com.mediapatch.search.Words;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an ad is published, the saved searches of its category (and of every category) are read a batch at a
 * time and matched against that one ad in memory: every word found in its text or tags as the search finds words
 * (stems, synonyms), its instrument and genre, its distance. Each other member whose search matches is told, once
 * per ad. No saved search is ever re-run.
 */
@Component
class SavedSearchAlerts {

    static final String KIND = "saved-search-match";

    private final AdStore store;
    private final SavedSearches searches;
    private final ApplicationEventPublisher events;

    SavedSearchAlerts(AdStore store, SavedSearches searches, ApplicationEventPublisher events) {
        this.store = store;
        this.searches = searches;
        this.events = events;
    }

    @ApplicationModuleListener(id = "classifieds.on-ad-published")
    void on(AdPublished published) {
        Ad ad = store.find(published.ad()).filter(found -> found.live(published.at())).orElse(null);
        if (ad == null) {
            return;
        }
        Words text = Words.of(ad.title() + " " + ad.details().description() + " " + String.join(" ", ad.instruments()) + " "
                + String.join(" ", ad.genres()));
        UUID after = null;
        List<SavedSearch> batch;
        do {
            batch = searches.forCategory(ad.category(), after);
            batch.stream().filter(search -> !search.owner().equals(ad.owner()) && matches(search, ad, text))
                    .map(SavedSearch::owner).distinct()
                    .forEach(owner -> events.publishEvent(new NotificationRaised(owner, KIND,
                            "A new ad matches your saved search: \u201c" + ad.title() + "\u201d",
                            ClassifiedsRoutes.ad(ad.id()), ad.owner(), published.at())));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == SavedSearches.BATCH);
    }

    static boolean matches(SavedSearch search, Ad ad, Words text) {
        var query = search.query();
        if (query.instrument() != null && !ad.instruments().contains(query.instrument())) {
            return false;
        }
        if (query.genre() != null && !ad.genres().contains(query.genre())) {
            return false;
        }
        if (query.near() != null && (ad.where() == null || Place.kilometresBetween(query.near().latitude(),
                query.near().longitude(), ad.where().latitude(), ad.where().longitude()) > query.radiusKm())) {
            return false;
        }
        return text.containAll(query.wordList());
    }
}
