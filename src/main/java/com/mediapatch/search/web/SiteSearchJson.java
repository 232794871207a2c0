package com.mediapatch.search.web;

import java.util.List;

import com.mediapatch.search.SearchHit;
import com.mediapatch.search.internal.SiteGroup;
import com.mediapatch.search.internal.SiteResults;

/**
 * A site search in the API.
 *
 * @param words the words searched for, as read from q
 * @param groups one per source, in order; none when q held no word to search for
 */
public record SiteSearchJson(List<String> words, List<Group> groups) {

    static SiteSearchJson of(SiteResults results) {
        return new SiteSearchJson(results.query().words(), results.groups().stream().map(Group::of).toList());
    }

    /**
     * One source's hits.
     *
     * @param source the source's key ({@code members}, {@code classifieds})
     * @param label what it is called
     * @param available false when the source failed or was too slow this time: no hits, total 0
     * @param total how many match in all
     * @param moreThanTotal whether more than total match (counting stopped)
     * @param more the source's own search page for the same words
     * @param hits the best hits, best first
     */
    public record Group(String source, String label, boolean available, long total, boolean moreThanTotal, String more,
            List<Hit> hits) {

        static Group of(SiteGroup group) {
            if (!group.answered()) {
                return new Group(group.key(), group.label(), false, 0, false, group.searchPage(), List.of());
            }
            return new Group(group.key(), group.label(), true, group.hits().total(), group.hits().moreThanTotal(),
                    group.searchPage(), group.hits().hits().stream().map(Hit::of).toList());
        }
    }

    /**
     * One hit.
     *
     * @param title what it is called
     * @param path its page on the site
     * @param summary a short line of plain text
     * @param kind what sort of thing it is
     */
    public record Hit(String title, String path, String summary, String kind) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.title(), hit.path(), hit.summary(), hit.kind());
        }
    }
}
