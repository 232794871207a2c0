package com.mediapatch.search.web;

import java.util.List;

import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;
import com.mediapatch.search.internal.SiteGroup;
import com.mediapatch.search.internal.SiteResults;

/**
 * The search page.
 *
 * @param typed what was typed, clipped, for the search box
 * @param state which of the page's four states it shows
 * @param results each source's group (none unless there were words to search for)
 * @param browse every source's own page, offered when nothing was typed or found
 */
public record SiteSearchPage(String typed, State state, SiteResults results, List<Browse> browse) {

    /** What the page has to say. */
    public enum State {
        /** Nothing typed yet. */
        EMPTY,
        /** Typed, but no word of two letters or more. */
        TOO_SHORT,
        /** Something was found somewhere. */
        FOUND,
        /** Every source that answered found nothing. */
        NOTHING_FOUND
    }

    /** A source's own page to browse. */
    public record Browse(String label, String path) {
    }

    static SiteSearchPage of(String typed, SiteResults results, List<SearchSource> sources) {
        String shown = typed.length() > SiteQuery.LONGEST_TEXT ? typed.substring(0, SiteQuery.LONGEST_TEXT) : typed;
        State state = typed.isBlank() ? State.EMPTY : !results.query().searchable() ? State.TOO_SHORT
                : results.foundAnything() ? State.FOUND : State.NOTHING_FOUND;
        SiteQuery nothing = SiteQuery.of(null);
        return new SiteSearchPage(shown.strip(), state, results,
                sources.stream().map(source -> new Browse(source.label(), source.searchPage(nothing))).toList());
    }

    /** The words searched for, as they were read ("drums leeds"). */
    public String words() {
        return results.query().text();
    }

    public String title() {
        return results.query().searchable() ? words() + " · Search" : "Search";
    }

    public List<SiteGroup> groups() {
        return results.groups();
    }

    /** The labels of the sources that could not answer, joined for a sentence ("Members and Classifieds"). */
    public String missingLabels() {
        List<String> labels = results.missing().stream().map(SiteGroup::label).toList();
        if (labels.size() < 2) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
