package com.mediapatch.classifieds.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.places.Place;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /classifieds}: the whole page, or (for htmx, as the visitor types) the same page's content, from
 * which the results are picked. An unknown category is a 404; other unknown filter values are ignored and
 * the radius is clamped.
 */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final AdListings listings;
    private final AdSearchReader reader;
    private final Profiles profiles;

    ListingController(AdListings listings, AdSearchReader reader, Profiles profiles) {
        this.listings = listings;
        this.reader = reader;
        this.profiles = profiles;
    }

    @GetMapping(ClassifiedsRoutes.LIST)
    String list(@AuthenticationPrincipal Member me, AdSearch search, Model model) {
        AdSearchReader.Read read = reader.read(search);
        AdQuery query = read.query();
        KeysetPage<Ad> page = listings.live(query, PageCursor.parse(search.after()), PAGE_SIZE);
        Map<AccountId, ProfileSummary> owners = profiles.summariesForStrangers(
                page.items().stream().map(Ad::owner).distinct().toList(), me != null);
        List<AdCard> cards = page.items().stream().map(ad -> new AdCard(ad, owners.get(ad.owner()), null)).toList();
        model.addAttribute("page", new ListingPage(query, query.words() == null ? "" : query.words(),
                read.place() == null ? "" : read.place().name(), listings.countsByCategory(), cards,
                page.next() == null ? null : nextLink(query, read.place(), page.next()), me != null));
        return "classifieds/list";
    }

    private static String nextLink(AdQuery query, Place near, String next) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(ClassifiedsRoutes.LIST);
        add(link, "q", query.words());
        add(link, "category", query.category() == null ? null : query.category().slug());
        add(link, "instrument", query.instrument());
        add(link, "genre", query.genre());
        add(link, "within", query.within() == null ? null : query.within().name().toLowerCase());
        add(link, "near", near == null ? null : String.valueOf(near.id()));
        add(link, "radius", near == null ? null : String.valueOf(query.radiusKm()));
        add(link, "after", next);
        return link.build().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (value != null) {
            link.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
