package com.mediapatch.profiles.internal;

import java.util.List;

/**
 * One page of directory search results, best matches first.
 *
 * @param entries the members on it
 * @param number which page it is, from 1 to {@link ProfileSearch#LAST_PAGE}
 * @param hasNext whether a further page is offered
 * @param total how many members match, counted up to {@link Directory#COUNT_LIMIT} and one more
 */
record RankedPage(List<DirectoryPage.Entry> entries, int number, boolean hasNext, long total) {
}
