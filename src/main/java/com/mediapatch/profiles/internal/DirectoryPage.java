package com.mediapatch.profiles.internal;

import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;

/**
 * One page of the member directory.
 *
 * @param entries the members on it, in name order
 * @param previousBefore the handle to ask "before" for the page in front of it, or null on the first page
 * @param nextAfter the handle to ask "after" for the next page, or null on the last page
 * @param total how many members the search finds, counted up to {@link Directory#COUNT_LIMIT} and one more
 */
public record DirectoryPage(List<Entry> entries, String previousBefore, String nextAfter, long total) {

    /** More members than were counted. */
    public boolean totalCapped() {
        return total > Directory.COUNT_LIMIT;
    }

    /** One member in the directory: who, where, and their disciplines. */
    public record Entry(ProfileSummary summary, String city, String country, List<Discipline> disciplines) {
    }
}
