package com.mediapatch.search;

/** Paths of the site-wide search, imported by templates (the header's search box) so a typo fails the build. */
public final class SearchRoutes {

    /** GET ?q=: the search page, one group of hits per source. */
    public static final String PAGE = "/search";
    /** GET ?q=&amp;limit=: the same groups as JSON. */
    public static final String API = "/api/v1/search";

    private SearchRoutes() {
    }
}
