package com.mediapatch.search.internal;

import com.mediapatch.search.SearchHits;

/**
 * One source's part of a site search.
 *
 * @param key the source's key
 * @param label what the group is called
 * @param searchPage the source's own search page for the same words
 * @param hits what it found, or null when it could not answer in time (failed, too slow or too busy)
 */
public record SiteGroup(String key, String label, String searchPage, SearchHits hits) {

    /** Whether the source answered. */
    public boolean answered() {
        return hits != null;
    }

    /** Whether the source answered and found something. */
    public boolean found() {
        return hits != null && !hits.isEmpty();
    }
}
