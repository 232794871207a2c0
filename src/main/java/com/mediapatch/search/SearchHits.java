package com.mediapatch.search;

import java.util.List;

/**
 * What one source found for a query: the best few hits and how many match in all.
 *
 * @param hits the best hits, best first
 * @param total how many match, at least as many as the hits shown
 * @param moreThanTotal whether the count stopped at {@code total} and more match
 */
public record SearchHits(List<SearchHit> hits, long total, boolean moreThanTotal) {

    public SearchHits {
        hits = List.copyOf(hits);
        total = Math.max(total, hits.size());
    }

    /** Nothing found. */
    public static SearchHits none() {
        return new SearchHits(List.of(), 0, false);
    }

    /** The same answer with no more than {@code limit} hits, for a source that answered more than it was asked. */
    public SearchHits first(int limit) {
        return hits.size() <= limit ? this : new SearchHits(hits.subList(0, limit), total, moreThanTotal);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** The count as shown: {@code 12}, {@code 1,000+}. */
    public String totalLabel() {
        return String.format("%,d", total) + (moreThanTotal ? "+" : "");
    }
}
