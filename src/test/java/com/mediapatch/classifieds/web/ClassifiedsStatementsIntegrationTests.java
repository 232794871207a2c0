package com.mediapatch.classifieds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.classifieds.internal.AdListings;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The classifieds pages cost the same statements for 3 ads as for 30; the database listing filters as the index does. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class ClassifiedsStatementsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    AdListings listings;

    @Autowired
    Places places;

    @Autowired
    SearchIndexes indexes;

    @Test
    void theListAndMyAdsCostTheSameStatementsForThreeAdsAsForThirty() throws Exception {
        SearchReady.await(indexes);
        String tag = UniqueWords.next("zs");
        String email = accounts.verifiedMember("Counted Poster");
        Cookie session = accounts.signIn(email);
        List<AccountId> owners = List.of(accounts.accountId(email), accounts.accountId(accounts.verifiedMember("Second Poster")),
                accounts.accountId(accounts.verifiedMember("Third Poster")));
        post(owners, tag, 0, 3);
        // The first page after signing in also settles the session: measure from the second on.
        statements(session, ClassifiedsRoutes.LIST + "?q=" + tag, "number 2");
        int listForThree = statements(session, ClassifiedsRoutes.LIST + "?q=" + tag, "number 2");
        int mineForThree = statements(session, ClassifiedsRoutes.MINE, "number 0");

        post(owners, tag, 3, 30);
        // Publishing makes the next view recount the categories once (a fixed cost, not one per ad): settle it first.
        statements(session, ClassifiedsRoutes.LIST + "?q=" + tag, "number 2");
        assertThat(statements(session, ClassifiedsRoutes.LIST + "?q=" + tag, "number 2")).isEqualTo(listForThree);
        assertThat(statements(session, ClassifiedsRoutes.MINE, "number 27")).isEqualTo(mineForThree);
    }

    @Test
    void theDatabaseListingFiltersByWordsCategoryTagsAndDistance() throws Exception {
        String tag = UniqueWords.next("zl");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Listed Poster"));
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        AdPlace bradford = place(places.named("Bradford", "GB").orElseThrow());
        AdId near = live(owner, "Drummer wanted " + tag, "drums", Category.MUSICIANS_WANTED, bradford);
        AdId remote = live(owner, "Drummer for remote sessions " + tag, "drums", Category.MUSICIANS_WANTED, null);
        AdId gear = live(owner, "Snare for sale " + tag, "snare", Category.GEAR, null);

        assertThat(ids(new AdQuery(tag, null, null, null, null, null, 50))).containsExactlyInAnyOrder(near, remote, gear);
        assertThat(ids(new AdQuery("drummer " + tag, null, null, null, null, null, 50))).containsExactlyInAnyOrder(near, remote);
        assertThat(ids(new AdQuery(tag, Category.GEAR, null, null, null, null, 50))).containsExactly(gear);
        assertThat(ids(new AdQuery(tag, null, "Drums", null, null, null, 50))).containsExactlyInAnyOrder(near, remote);
        assertThat(ids(new AdQuery(tag, null, null, null, AdQuery.PostedWithin.DAY, place(leeds), 50))).containsExactly(near);
        assertThat(ids(new AdQuery(tag, null, "100%_!", null, null, null, 50))).isEmpty();
    }

    private List<AdId> ids(AdQuery query) {
        return listings.live(query, null, 20).items().stream().map(Ad::id).toList();
    }

    private int statements(Cookie session, String path, String shown) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString(shown)));
        return SqlStatements.countSinceLastAsked();
    }

    private void post(List<AccountId> owners, String tag, int from, int to) {
        for (int i = from; i < to; i++) {
            // Three posters share the ads, so none goes past the limit of 10 active ads.
            live(owners.get(i % 3), "Ad " + tag + " number " + i, "bass", Category.SERVICES, null);
        }
    }

    private AdId live(AccountId owner, String title, String instrument, Category category, AdPlace where) {
        AdId id = desk.create(owner, new AdDetails(title, "Text of " + title, category, List.of(instrument), List.of("doom"),
                Level.ANY, Commitment.HOBBY, false, List.of()), where);
        desk.publish(owner, id);
        return id;
    }

    private static AdPlace place(Place place) {
        return new AdPlace(place.id(), place.name(), place.country(), place.latitude(), place.longitude());
    }
}
