package com.mediapatch.classifieds.web;

import java.util.ArrayList;
import java.util.List;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdFinder;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchHit;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;
import com.mediapatch.shared.KeysetPage;

import org.springframework.stereotype.Component;

/**
 * Classified ads in the site-wide search: live ads only (published, unexpired, not hidden by a
 * moderator), ranked by the {@code classifieds} index as {@code /classifieds} ranks them; while the
 * index is being built, the newest matches from the database, counted no further than the page.
 */
@Component
class AdsSearchSource implements SearchSource {

    private final AdFinder finder;
    private final AdListings listings;
    private final SearchIndexes indexes;

    AdsSearchSource(AdFinder finder, AdListings listings, SearchIndexes indexes) {
        this.finder = finder;
        this.listings = listings;
        this.indexes = indexes;
    }

    @Override
    public String key() {
        return "classifieds";
    }

    @Override
    public String label() {
        return "Classifieds";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String searchPage(SiteQuery query) {
        return query.searchable() ? ClassifiedsRoutes.LIST + "?q=" + query.encoded() : ClassifiedsRoutes.LIST;
    }

    @Override
    public SearchHits top(SiteQuery query, AccountId viewer, int limit) {
        AdQuery ads = new AdQuery(query.text(), null, null, null, null, null, AdQuery.DEFAULT_RADIUS_KM);
        if (indexes.ready()) {
            AdFinder.Top top = finder.top(ads, limit);
            return new SearchHits(top.ads().stream().map(AdsSearchSource::hit).toList(), top.total(), top.moreThanTotal());
        }
        KeysetPage<Ad> newest = listings.live(ads, null, limit);
        return new SearchHits(newest.items().stream().map(AdsSearchSource::hit).toList(), newest.items().size(),
                newest.next() != null);
    }

    private static SearchHit hit(Ad ad) {
        List<String> parts = new ArrayList<>();
        parts.add(ad.whereLabel());
        List<String> tags = new ArrayList<>(ad.instruments());
        tags.addAll(ad.genres());
        if (!tags.isEmpty()) {
            parts.add(String.join(", ", tags));
        }
        return new SearchHit(ad.title(), ClassifiedsRoutes.ad(ad.id()), String.join(" · ", parts), ad.category().label());
    }
}
