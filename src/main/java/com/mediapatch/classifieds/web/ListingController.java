package com.mediapatch.classifieds.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /classifieds}: the whole page, or (for htmx, as the visitor types) the same page's content, from
 * which the results are picked. Unknown categories and filter values are ignored; the radius is clamped.
 */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;
    static final int LONGEST_TEXT = 100;

    private final AdListings listings;
    private final Profiles profiles;
    private final Places places;

    ListingController(AdListings listings, Profiles profiles, Places places) {
        this.listings = listings;
        this.profiles = profiles;
        this.places = places;
    }

    @GetMapping(ClassifiedsRoutes.LIST)
    String list(@AuthenticationPrincipal Member me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String genre, @RequestParam(required = false) String within,
            @RequestParam(required = false) String near, @RequestParam(required = false) String city,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false) String after, Model model) {
        Optional<Place> place = placeOf(near, clip(city));
        String words = clip(q);
        AdQuery query = new AdQuery(words, Category.bySlug(category).orElse(null), clip(instrument), clip(genre),
                spanOf(within), place.map(ListingController::adPlace).orElse(null), radiusOf(radius));
        KeysetPage<Ad> page = listings.live(query, PageCursor.parse(after), PAGE_SIZE);
        Map<AccountId, ProfileSummary> owners = profiles.summariesForStrangers(
                page.items().stream().map(Ad::owner).distinct().toList(), me != null);
        List<AdCard> cards = page.items().stream().map(ad -> new AdCard(ad, owners.get(ad.owner()), null)).toList();
        model.addAttribute("page", new ListingPage(query, words == null ? "" : words,
                place.map(Place::name).orElse(""), listings.countsByCategory(), cards,
                page.next() == null ? null : nextLink(query, place.orElse(null), page.next()), me != null));
        return "classifieds/list";
    }

    static AdPlace adPlace(Place place) {
        return new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude());
    }

    /** The picked place, or without the picker's script the most populous town called what was typed. */
    private Optional<Place> placeOf(String near, String city) {
        try {
            if (near != null && !near.isBlank()) {
                return places.byId(Long.parseLong(near.strip()));
            }
        } catch (NumberFormatException notAPlace) {
            return Optional.empty();
        }
        return city == null ? Optional.empty()
                : places.suggest(city, 1).stream().filter(place -> place.isCalled(city)).findFirst();
    }

    private static AdQuery.PostedWithin spanOf(String within) {
        for (AdQuery.PostedWithin span : AdQuery.PostedWithin.values()) {
            if (span.name().equalsIgnoreCase(within)) {
                return span;
            }
        }
        return null;
    }

    private static int radiusOf(String radius) {
        try {
            return radius == null || radius.isBlank() ? AdQuery.DEFAULT_RADIUS_KM : Integer.parseInt(radius.strip());
        } catch (NumberFormatException notANumber) {
            return AdQuery.DEFAULT_RADIUS_KM;
        }
    }

    private static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > LONGEST_TEXT ? stripped.substring(0, LONGEST_TEXT) : stripped;
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
