package com.mediapatch.classifieds.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.AdFinder;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.classifieds.internal.AdStore;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The classifieds API: search live ads, read one, and post, edit, publish, renew, close or delete your own. */
@RestController
@Tag(name = "Classifieds", description = "Ads for musicians, bands, collaborators, services and gear")
class ClassifiedsApi {

    static final int PAGE_SIZE = 20;
    private static final String AD = ClassifiedsRoutes.API + "/{id}";

    private final AdListings listings;
    private final AdFinder finder;
    private final SearchIndexes indexes;
    private final AdSearchReader searches;
    private final AdFormReader forms;
    private final AdDesk desk;
    private final AdStore store;
    private final Profiles profiles;
    private final Clock clock;

    ClassifiedsApi(AdListings listings, AdFinder finder, SearchIndexes indexes, AdSearchReader searches,
            AdFormReader forms, AdDesk desk, AdStore store, Profiles profiles, Clock clock) {
        this.listings = listings;
        this.finder = finder;
        this.indexes = indexes;
        this.searches = searches;
        this.forms = forms;
        this.desk = desk;
        this.store = store;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping(ClassifiedsRoutes.API)
    @Operation(summary = "Search the live ads, newest first",
            description = "Every parameter is optional: q (words), category (slug; an unknown one is 404 ad-category-not-found), "
                    + "instrument, genre, within (day, week, month), near (a place id from /places/suggestions) with radius "
                    + "in km (clamped to 1..500). Keyset paged: pass next as after.")
    AdJson.Page search(@ApiCaller(ClassifiedsWebContributions.READ) AccountId me, AdSearch search) {
        return page(listings.live(searches.read(search).query(), PageCursor.parse(search.after()), PAGE_SIZE));
    }

    @GetMapping(ClassifiedsRoutes.API_SEARCH)
    @Operation(summary = "Search the live ads, best matches first, with counts per filter value",
            description = "The same parameters as the list, and page (1 to 20, 20 ads each). Words are matched with the "
                    + "field's synonyms (drums finds drummers) and typos (basist finds bassists); three words or more are "
                    + "also matched by meaning. Each facet counts as if its own filter were not chosen. While the search "
                    + "index is being built, ranked is false and the newest matches come instead.")
    AdJson.Found rankedSearch(@ApiCaller(ClassifiedsWebContributions.READ) AccountId me, AdSearch search) {
        AdQuery query = searches.read(search).query();
        if (!indexes.ready()) {
            KeysetPage<Ad> newest = listings.live(query, null, PAGE_SIZE);
            return new AdJson.Found(items(newest.items()), false, 1, null, AdJson.Facets.of(AdFacets.NONE));
        }
        AdFinder.Found found = finder.find(query, AdSearchReader.pageNumber(search.page()), PAGE_SIZE);
        return new AdJson.Found(items(found.ads()), true, found.page(), found.more() ? found.page() + 1 : null,
                AdJson.Facets.of(found.facets()));
    }

    @GetMapping(ClassifiedsRoutes.API + "/mine")
    @Operation(summary = "Your ads in every state, newest first", description = "Keyset paged: pass next as after.")
    AdJson.Page mine(@ApiCaller(ClassifiedsWebContributions.READ) AccountId me, AdSearch search) {
        return page(store.ownedBy(me, PageCursor.parse(search.after()), PAGE_SIZE));
    }

    @GetMapping(AD)
    @Operation(summary = "One ad", description = "Yours in any state, anyone else's only while it is listed; otherwise 404.")
    AdJson ad(@ApiCaller(ClassifiedsWebContributions.READ) AccountId me, @PathVariable AdId id) {
        return json(desk.visible(me, id));
    }

    @PostMapping(ClassifiedsRoutes.API)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a new ad as a draft",
            description = "422 ad-invalid names each field's problem; 422 too-many-active-ads beyond 10 drafts and live ads; "
                    + "422 duplicate-ad for the same title and text within 24 hours. Rate limited.")
    AdJson create(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @Valid @RequestBody AdForm body) {
        AdFormReader.Read read = forms.readOrRefuse(body);
        return json(desk.owned(me, desk.create(me, read.details(), read.where())));
    }

    @PutMapping(AD)
    @Operation(summary = "Replace what your ad says; the earlier version is kept for moderators")
    AdJson update(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @PathVariable AdId id,
            @Valid @RequestBody AdForm body) {
        desk.owned(me, id);
        AdFormReader.Read read = forms.readOrRefuse(body);
        desk.update(me, id, read.details(), read.where());
        return json(desk.owned(me, id));
    }

    @PostMapping(AD + "/publish")
    @Operation(summary = "Publish your draft for 30 days")
    AdJson publish(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @PathVariable AdId id) {
        desk.publish(me, id);
        return json(desk.owned(me, id));
    }

    @PostMapping(AD + "/renew")
    @Operation(summary = "List your published ad for another 30 days from now")
    AdJson renew(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @PathVariable AdId id) {
        desk.renew(me, id);
        return json(desk.owned(me, id));
    }

    @PostMapping(AD + "/close")
    @Operation(summary = "Mark your published ad as filled")
    AdJson close(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @PathVariable AdId id) {
        desk.close(me, id);
        return json(desk.owned(me, id));
    }

    @DeleteMapping(AD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete your ad")
    void delete(@ApiCaller(ClassifiedsWebContributions.WRITE) AccountId me, @PathVariable AdId id) {
        desk.delete(me, id);
    }

    private AdJson.Page page(KeysetPage<Ad> page) {
        return new AdJson.Page(items(page.items()), page.next());
    }

    private List<AdJson> items(List<Ad> ads) {
        Map<AccountId, ProfileSummary> authors = profiles.summariesForStrangers(ads.stream().map(Ad::owner).distinct().toList(),
                true);
        return ads.stream().map(ad -> AdJson.of(ad, authors.get(ad.owner()), clock.instant())).toList();
    }

    private AdJson json(Ad ad) {
        return AdJson.of(ad, profiles.of(ad.owner()).orElse(null), clock.instant());
    }
}
