package com.mediapatch.classifieds.web;

import java.util.List;
import java.util.Map;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdFinder;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.classifieds.internal.AdMatches;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /classifieds}: the whole page, or (for htmx, as the visitor types) the same page's content, from
 * which the results are picked. Ranked results with facets come from the search index; while it is being
 * built, the database lists the newest matches a keyset page at a time and the page says so. An unknown
 * category is a 404; other unknown filter values are ignored and the radius is clamped.
 */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final AdListings listings;
    private final AdFinder finder;
    private final AdMatches matches;
    private final SearchIndexes indexes;
    private final AdSearchReader reader;
    private final Profiles profiles;

    ListingController(AdListings listings, AdFinder finder, AdMatches matches, SearchIndexes indexes,
            AdSearchReader reader, Profiles profiles) {
        this.listings = listings;
        this.finder = finder;
        this.matches = matches;
        this.indexes = indexes;
        this.reader = reader;
        this.profiles = profiles;
    }

    @GetMapping(ClassifiedsRoutes.LIST)
    String list(@AuthenticationPrincipal Member me, AdSearch search, Model model) {
        AdSearchReader.Read read = reader.read(search);
        AdQuery query = read.query();
        String city = read.place() == null ? "" : read.place().name();
        if (indexes.ready()) {
            AdFinder.Found found = finder.find(query, AdSearchReader.pageNumber(search.page()), PAGE_SIZE);
            model.addAttribute("page", new ListingPage(query, city, listings.countsByCategory(), found.facets(),
                    matches(me, query, found.page()), cards(found.ads(), me), found.more() ? ListingPage.link(query, "page", String.valueOf(found.page() + 1)) : null,
                    found.page() > 1 ? ListingPage.link(query, "page", String.valueOf(found.page() - 1)) : null, null,
                    me != null));
        } else {
            KeysetPage<Ad> page = listings.live(query, PageCursor.parse(search.after()), PAGE_SIZE);
            model.addAttribute("page", new ListingPage(query, city, listings.countsByCategory(), AdFacets.NONE,
                    List.of(), cards(page.items(), me), page.next() == null ? null : ListingPage.link(query, "after", page.next()), null,
                    "The search index is being built (" + indexes.percentDone() + "%): newest matches first, "
                            + "without typo tolerance or counts per filter.", me != null));
        }
        return "classifieds/list";
    }

    /** Matches for a signed-in viewer on the first page of everything; a search or filter shows only its results. */
    private List<AdCard> matches(Member me, AdQuery query, int page) {
        boolean everything = query.wordList().isEmpty() && query.category() == null && query.instrument() == null
                && query.genre() == null && query.within() == null && query.near() == null;
        if (me == null || !everything || page > 1) {
            return List.of();
        }
        List<AdMatches.Match> found = matches.forViewer(me.id());
        Map<AccountId, ProfileSummary> owners = profiles.summariesForStrangers(
                found.stream().map(match -> match.ad().owner()).distinct().toList(), true);
        return found.stream().map(match -> new AdCard(match.ad(), owners.get(match.ad().owner()), match.reason())).toList();
    }

    private List<AdCard> cards(List<Ad> ads, Member me) {
        Map<AccountId, ProfileSummary> owners = profiles.summariesForStrangers(
                ads.stream().map(Ad::owner).distinct().toList(), me != null);
        return ads.stream().map(ad -> new AdCard(ad, owners.get(ad.owner()), null)).toList();
    }
}
