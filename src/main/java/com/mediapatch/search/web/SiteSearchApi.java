package com.mediapatch.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.search.SearchRoutes;
import com.mediapatch.search.SiteQuery;
import com.mediapatch.search.internal.SiteSearch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search page's groups as JSON. The words read from q are answered, never the raw text sent. */
@RestController
@Tag(name = "Search", description = "One search across members, classified ads and what other modules add")
class SiteSearchApi {

    static final int DEFAULT_LIMIT = 5;

    private final SiteSearch search;

    SiteSearchApi(SiteSearch search) {
        this.search = search;
    }

    @GetMapping(SearchRoutes.API)
    @Operation(summary = "Search the whole site",
            description = "q: words; letters and digits only count, words of one letter are left out, six words at most. "
                    + "limit: hits per group, 1 to 20 (default 5; a number outside is clamped, anything else is the default). "
                    + "One group per source in the search page's order, each with its total and the source's own search; "
                    + "a source that failed or was too slow has available false and no hits.")
    SiteSearchJson search(@ApiCaller(SearchWebContributions.READ) AccountId me,
            @RequestParam(name = "q", defaultValue = "") String q, @RequestParam(name = "limit", required = false) String limit) {
        SiteQuery query = SiteQuery.of(q);
        return SiteSearchJson.of(search.search(query, me, limitOf(limit)));
    }

    static int limitOf(String limit) {
        if (limit == null || !limit.strip().matches("-?\\d{1,9}")) {
            return DEFAULT_LIMIT;
        }
        return Math.max(1, Math.min(SiteQuery.MAX_HITS, Integer.parseInt(limit.strip())));
    }
}
