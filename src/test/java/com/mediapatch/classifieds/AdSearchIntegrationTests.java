package com.mediapatch.classifieds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.AdFinder;
import com.mediapatch.classifieds.internal.AdMatches;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdSearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    AdFinder finder;

    @Autowired
    Places places;

    @Autowired
    AdMatches matches;

    @Autowired
    Profiles profiles;

    @Autowired
    SearchIndexes indexes;

    @BeforeEach
    void indexReady() {
        SearchReady.await(indexes);
    }

    @Test
    void typosSynonymsAndStemsFindAds() throws Exception {
        String tag = UniqueWords.next("zq");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Search Poster"));
        AdId bassist = live(owner, "Bassist wanted " + tag, "Slow and heavy, " + tag, "bass", "doom", null);
        AdId basis = live(owner, "Basis for a band " + tag, "We have the basis of a band, " + tag, "guitar", "rock", null);
        AdId drums = live(owner, "Kit player " + tag, "Someone who plays drums, " + tag, "drums", "funk", null);

        assertThat(ids("basist " + tag)).containsExactly(bassist);
        assertThat(ids("bassist " + tag)).containsExactly(bassist);
        assertThat(ids("basis " + tag)).first().isEqualTo(basis);
        assertThat(ids("drummer " + tag)).containsExactly(drums);
        assertThat(ids("plays " + tag)).contains(drums);
    }

    @Test
    void facetsCountWhatWasFoundAndFiltersNarrowIt() throws Exception {
        String tag = UniqueWords.next("zf");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Facet Poster"));
        live(owner, "Cellist available " + tag, tag, "cello", "classical", null);
        live(owner, "Cellist for pop " + tag, tag, "cello", "pop", null);
        AdId violin = live(owner, "Violinist available " + tag, tag, "violin", "classical", null);

        AdFinder.Found found = finder.find(query(tag, null, null, null, 50), 1, 20);
        assertThat(found.facets().instruments()).containsEntry("cello", 2L).containsEntry("violin", 1L);
        assertThat(found.facets().genres()).containsEntry("classical", 2L).containsEntry("pop", 1L);
        assertThat(found.facets().categories()).containsEntry(Category.MUSICIANS_AVAILABLE, 2L)
                .containsEntry(Category.MUSICIANS_WANTED, 1L);
        assertThat(found.facets().within()).containsEntry(AdQuery.PostedWithin.DAY, 3L);
        AdFinder.Found violins = finder.find(new AdQuery(tag, null, "violin", null, null, null, 50), 1, 20);
        assertThat(violins.ads()).extracting(Ad::id).containsExactly(violin);
        assertThat(violins.facets().instruments()).as("the chosen facet still offers its other values")
                .containsEntry("cello", 2L).containsEntry("violin", 1L);
        assertThat(violins.facets().genres()).as("other facets count what the filter left")
                .containsOnly(Map.entry("classical", 1L));
    }

    @Test
    void distanceFiltersByTheChosenPlaceAndSortsNearestFirst() throws Exception {
        String tag = UniqueWords.next("zd");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Distance Poster"));
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        AdPlace bradford = place(places.named("Bradford", "GB").orElseThrow());
        AdPlace london = place(places.named("London", "GB").orElseThrow());
        AdId near = live(owner, "Drummer wanted " + tag, tag, "drums", "rock", bradford);
        AdId far = live(owner, "Drummer wanted too " + tag, tag, "drums", "rock", london);
        live(owner, "Remote drummer " + tag, tag, "drums", "rock", null);

        AdPlace from = place(leeds);
        assertThat(finder.find(new AdQuery(tag, null, null, null, null, from, 50), 1, 20).ads())
                .extracting(Ad::id).containsExactly(near);
        assertThat(finder.find(new AdQuery(tag, null, null, null, null, from, 100_000), 1, 20).ads())
                .extracting(Ad::id).containsExactly(near, far);
    }

    @Test
    void thePageSearchesTheIndexAndHidesDraftsAndClosedAds() throws Exception {
        String tag = UniqueWords.next("zp");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Page Poster"));
        AdId shown = live(owner, "Bassist wanted " + tag, tag, "bass", "sludge", null);
        AdId draft = desk.create(owner, details("Bassist draft " + tag, tag, "bass", "sludge"), null);
        AdId closed = live(owner, "Bassist found " + tag, tag, "bass", "sludge", null);
        desk.close(owner, closed);

        mvc.perform(get(ClassifiedsRoutes.LIST).param("q", "basist " + tag)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ClassifiedsRoutes.ad(shown))))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(draft)))))
                .andExpect(content().string(not(containsString(ClassifiedsRoutes.ad(closed)))))
                .andExpect(content().string(containsString("sludge <span class=\"classifieds__count\">1</span>")));
        mvc.perform(get(ClassifiedsRoutes.LIST).param("category", "nothing-like-this")).andExpect(status().isNotFound());
        mvc.perform(get(ClassifiedsRoutes.LIST).param("q", tag).param("radius", "-5").param("page", "99999")
                .param("near", "not-a-place")).andExpect(status().isOk());
    }

    @Test
    void matchesForYouRankAdsWantingWhatTheViewerPlaysAndSayWhy() throws Exception {
        String tag = UniqueWords.next("zm");
        String instrument = "theremin " + tag;
        String genre = tag + "wave";
        AccountId poster = accounts.accountId(accounts.verifiedMember("Match Poster"));
        String viewerEmail = accounts.verifiedMember("Match Viewer");
        AccountId viewer = accounts.accountId(viewerEmail);
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        String handle = profiles.of(viewer).orElseThrow().handle();
        profiles.update(viewer, new ProfileDetails(handle, "Match Viewer", "", List.of(), List.of(instrument), List.of(genre),
                "Leeds", "GB", leeds.latitude(), leeds.longitude(), leeds.id(), null, null, null, null, null, null, null,
                List.of(), Visibility.MEMBERS, Theme.SYSTEM));
        AdId wanted = live(poster, "Thereminist wanted " + tag, tag, instrument, genre,
                place(places.named("Bradford", "GB").orElseThrow()));
        live(poster, "Drummer wanted " + tag, tag, "drums " + tag, "funk", null);
        live(viewer, "My own thereminist search " + tag, tag, instrument, genre, null);

        List<AdMatches.Match> found = matches.forViewer(viewer);
        assertThat(found).extracting(match -> match.ad().id()).containsExactly(wanted);
        assertThat(found.get(0).reason()).matches("plays " + instrument + " \\u00b7 \\d+ km \\u00b7 " + genre);
        mvc.perform(get(ClassifiedsRoutes.LIST).cookie(accounts.signIn(viewerEmail)))
                .andExpect(content().string(containsString("Matches for you")))
                .andExpect(content().string(containsString("plays " + instrument)));
    }

    private List<AdId> ids(String words) {
        return finder.find(query(words, null, null, null, 50), 1, 20).ads().stream().map(Ad::id).toList();
    }

    private AdId live(AccountId owner, String title, String description, String instrument, String genre, AdPlace where) {
        AdId id = desk.create(owner, details(title, description, instrument, genre), where);
        desk.publish(owner, id);
        return id;
    }

    private static AdDetails details(String title, String description, String instrument, String genre) {
        Category category = title.contains("available") ? Category.MUSICIANS_AVAILABLE : Category.MUSICIANS_WANTED;
        return new AdDetails(title, description, category, List.of(instrument), List.of(genre), Level.ANY, Commitment.HOBBY,
                false, List.of());
    }

    private static AdQuery query(String words, Category category, String instrument, String genre, int radius) {
        return new AdQuery(words, category, instrument, genre, null, null, radius);
    }

    private static AdPlace place(Place place) {
        return new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude());
    }
}
