package com.mediapatch.search;

import com.mediapatch.identity.AccountId;

/**
 * A module's part of the site-wide search, declared as a bean in the module's own package: the
 * search page and the search API ask every source for its best few hits and show them as one
 * group each, in {@link #order()}. A source asks its own index (or table) exactly as the module's
 * own search page does, with the same rules on who may see what. Sources are asked side by side
 * on the search's worker threads while the member's request waits, so a source must take the
 * viewer from its parameter, never from the request's thread; one that fails or is slower than
 * the deadline is left out and the page says so.
 */
public interface SearchSource {

    /** A short stable name, lower case ({@code members}); API clients see it. */
    String key();

    /** What the group is called on the page ({@code Members}). */
    String label();

    /** Where the group stands: lower first. */
    int order();

    /**
     * The module's own search page with the query carried over ({@code /members?q=drums}); for a
     * query without words, the page listing everything.
     */
    String searchPage(SiteQuery query);

    /**
     * At most {@code limit} hits for the query that {@code viewer} may see, best first, with how
     * many match in all.
     *
     * @param query the words searched for, never empty
     * @param viewer who searches, or null when signed out
     * @param limit how many hits to answer at most, 1 to {@link SiteQuery#MAX_HITS}
     */
    SearchHits top(SiteQuery query, AccountId viewer, int limit);
}
