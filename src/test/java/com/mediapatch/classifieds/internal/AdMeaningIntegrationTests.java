package com.mediapatch.classifieds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ads found by what they mean: vectors worked out after each write, filled in by the sweep, blended into search. */
@IntegrationTest
class AdMeaningIntegrationTests {

    private static final String PHRASE = "someone to play low end on my doom record";

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AdDesk desk;

    @Autowired
    AdFinder finder;

    @Autowired
    AdMeaning meaning;

    @Autowired
    AdVectors vectors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexes indexes;

    @BeforeEach
    void indexReady() {
        SearchReady.await(indexes);
    }

    @Test
    void aPhraseFindsTheAdNearestInMeaningThoughTheyShareNoWord() throws Exception {
        String genre = UniqueWords.next("zs");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Meaning Poster"));
        AdId bass = live(owner, "Bass player, sludge/stoner", "Heavy and slow. Free most weekends, own rig and van.",
                "bass", genre);
        AdId photographer = live(owner, "Wedding photographer available", "Portraits and events, prints included.",
                "photography", genre);
        live(owner, "Drummer available", "Session drummer, jazz and funk, twenty years of gigs.", "drums", genre);
        awaitVectors(3, genre);

        List<AdId> found = ids(new AdQuery(PHRASE, null, null, genre, null, null, 50));

        assertThat(found).first().isEqualTo(bass);
        assertThat(found).doesNotContain(photographer);
        assertThat(ids(new AdQuery("low end", null, null, genre, null, null, 50)))
                .as("two words are matched as words only").isEmpty();
    }

    @Test
    void anAdMatchingTheWordsRanksAboveOnesOnlyNearInMeaning() throws Exception {
        String genre = UniqueWords.next("zr");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Blend Poster"));
        live(owner, "Bass player, sludge/stoner", "Heavy and slow, own rig.", "bass", genre);
        AdId words = live(owner, "Keys for a doom record", "Someone to play organ on my record, low end covered.",
                "keys", genre);
        awaitVectors(2, genre);

        assertThat(ids(new AdQuery(PHRASE, null, null, genre, null, null, 50))).first().isEqualTo(words);
    }

    @Test
    void anEditForgetsTheOldMeaningAndTheSweepFillsInWhatIsMissing() throws Exception {
        String genre = UniqueWords.next("zw");
        AccountId owner = accounts.accountId(accounts.verifiedMember("Sweep Poster"));
        AdId ad = live(owner, "Bass player, sludge/stoner", "Heavy and slow.", "bass", genre);
        awaitVectors(1, genre);
        vectors.forget(ad);
        assertThat(vectorCount(genre)).isZero();

        assertThat(meaning.sweep()).isPositive();

        assertThat(vectorCount(genre)).isEqualTo(1);
        assertThat(ids(new AdQuery(PHRASE, null, null, genre, null, null, 50))).containsExactly(ad);
    }

    private void awaitVectors(int count, String genre) throws InterruptedException {
        for (int wait = 0; wait < 600 && vectorCount(genre) < count; wait++) {
            Thread.sleep(100);
        }
        assertThat(vectorCount(genre)).isEqualTo(count);
    }

    private long vectorCount(String genre) {
        return jdbc.sql("select count(*) from classifieds_ad_vector v join classifieds_ad a on a.id = v.ad_id "
                + "where a.genres like ?").param("%," + genre + ",%").query(Long.class).single();
    }

    private List<AdId> ids(AdQuery query) {
        return finder.find(query, 1, 20).ads().stream().map(Ad::id).toList();
    }

    private AdId live(AccountId owner, String title, String description, String instrument, String genre) {
        AdId id = desk.create(owner, new AdDetails(title, description, Category.MUSICIANS_AVAILABLE, List.of(instrument),
                List.of(genre), Level.ANY, Commitment.HOBBY, false, List.of()), null);
        desk.publish(owner, id);
        return id;
    }
}
