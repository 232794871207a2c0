package com.mediapatch.profiles.internal;

import java.util.List;

/**
 * A directory page as the member sees it, whichever path found it.
 *
 * @param entries the members on it
 * @param previous the parameter and value that ask for the page in front, or null
 * @param next the parameter and value that ask for the next page, or null
 * @param total how many members match, counted up to {@link Directory#COUNT_LIMIT} and one more
 * @param ranked whether best matches come first (the index) rather than name order
 * @param indexPercent how far the search index is built when the database answered instead, else -1
 */
public record MembersFound(List<DirectoryPage.Entry> entries, Link previous, Link next, long total, boolean ranked,
        int indexPercent) {

    /** More members match than were counted. */
    public boolean totalCapped() {
        return total > Directory.COUNT_LIMIT;
    }

    /** The database answered a search only the index answers fully: names and disciplines only. */
    public boolean indexBeingBuilt() {
        return indexPercent >= 0;
    }

    /** A query parameter pointing at another page. */
    public record Link(String parameter, String value) {
    }
}
