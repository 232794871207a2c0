package com.mediapatch.classifieds.web;

import java.util.List;
import java.util.Map;

import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;

/**
 * The classifieds page: categories with their counts, the search and its filters, one page of results.
 *
 * @param query what is searched
 * @param typed the words as typed
 * @param cityLabel the chosen city as shown, or empty
 * @param counts live ads per category
 * @param cards this page's ads
 * @param nextLink the next page, or null
 * @param signedIn whether the viewer may post
 */
public record ListingPage(AdQuery query, String typed, String cityLabel, Map<Category, Long> counts, List<AdCard> cards,
        String nextLink, boolean signedIn) {

    /** Counts shown are bounded, like every count on the site. */
    public String countOf(Category category) {
        long count = counts.getOrDefault(category, 0L);
        return count > 99 ? "99+" : String.valueOf(count);
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<AdQuery.PostedWithin> spans() {
        return List.of(AdQuery.PostedWithin.values());
    }

    public String shown(String value) {
        return value == null ? "" : value;
    }

    /** Whether any filter beyond the words is set, so the filters panel opens by itself. */
    public boolean filtered() {
        return query.instrument() != null || query.genre() != null || query.within() != null || query.near() != null;
    }
}
