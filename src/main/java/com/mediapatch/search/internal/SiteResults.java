package com.mediapatch.search.internal;

import java.util.List;

import com.mediapatch.search.SiteQuery;

/**
 * A site search's answer: one group per source, in the sources' order.
 *
 * @param query the words searched for
 * @param groups each source's part; empty when the query had no words
 */
public record SiteResults(SiteQuery query, List<SiteGroup> groups) {

    public SiteResults {
        groups = List.copyOf(groups);
    }

    /** Whether any source found anything. */
    public boolean foundAnything() {
        return groups.stream().anyMatch(SiteGroup::found);
    }

    /** The groups whose source could not answer this time. */
    public List<SiteGroup> missing() {
        return groups.stream().filter(group -> !group.answered()).toList();
    }
}
