package com.mediapatch.search.web;

import com.mediapatch.identity.Member;
import com.mediapatch.search.SearchRoutes;
import com.mediapatch.search.SiteQuery;
import com.mediapatch.search.internal.SiteSearch;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: the header's search box lands here. One group of best hits per source, each
 * with its count and a link to the module's own search for the same words; anyone may search, and
 * each source shows only what this viewer may see.
 */
@Controller
class SiteSearchController {

    static final int HITS_PER_GROUP = 5;

    private final SiteSearch search;

    SiteSearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping(SearchRoutes.PAGE)
    String search(@RequestParam(name = "q", defaultValue = "") String typed, @AuthenticationPrincipal Member viewer,
            Model model) {
        SiteQuery query = SiteQuery.of(typed);
        model.addAttribute("page", SiteSearchPage.of(typed,
                search.search(query, viewer == null ? null : viewer.id(), HITS_PER_GROUP), search.sources()));
        return "search/results";
    }
}
