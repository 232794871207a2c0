package com.mediapatch.classifieds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.AdPlace;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.AdStatus;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.SavedSearch;
import com.mediapatch.identity.AccountId;
import com.mediapatch.search.Words;

import org.junit.jupiter.api.Test;

class AdTextRulesTests {

    private static final AdPlace LEEDS = new AdPlace(1, "Leeds", "GB", 53.7965, -1.5478);
    private static final AdPlace BRADFORD = new AdPlace(2, "Bradford", "GB", 53.7939, -1.7521);
    private static final AdPlace LONDON = new AdPlace(3, "London", "GB", 51.5072, -0.1276);

    @Test
    void theSameTextIsRecognisedWhateverItsCaseSpacingAndPunctuation() {
        String first = AdFingerprint.of("Bassist wanted!", "Slow and   heavy,\nTuesdays.");
        assertThat(AdFingerprint.of("BASSIST WANTED", "slow and heavy tuesdays")).isEqualTo(first);
        assertThat(AdFingerprint.of("Bassist wanted", "Slow and heavy, Thursdays.")).isNotEqualTo(first);
        assertThat(first).hasSize(64).doesNotContain("bassist");
    }

    @Test
    void tagsAreLowerCaseTrimmedAndUniqueAndFoundOneAtATime() {
        List<String> tags = Tags.parse(" Bass , double   bass,bass,, Backing Vocals ");
        assertThat(tags).containsExactly("bass", "double bass", "backing vocals");
        assertThat(Tags.fromColumn(Tags.column(tags))).isEqualTo(tags);
        assertThat(Tags.column(List.of())).isEqualTo(",");
        assertThat(Tags.fromColumn(",")).isEmpty();
        assertThat(Tags.pattern("100%_!")).isEqualTo("%,100!%!_!!,%");
    }

    @Test
    void aRadiusIsClampedAndWordsAreLettersAndDigitsOnly() {
        assertThat(new AdQuery(null, null, null, null, null, null, -5).radiusKm()).isOne();
        assertThat(new AdQuery(null, null, null, null, null, null, 1_000_000).radiusKm()).isEqualTo(AdQuery.MAX_RADIUS_KM);
        assertThat(new AdQuery("Doom-metal <b> bass bass", null, null, null, null, null, 50).wordList())
                .containsExactly("doom", "metal", "b", "bass");
    }

    @Test
    void aSavedSearchMatchesAnAdByEveryWordItsTagsAndDistance() {
        Ad ad = ad(List.of("bass"), List.of("doom"), BRADFORD);
        Words text = Words.of("Bassist wanted, slow and heavy. bass doom");
        assertThat(SavedSearchAlerts.matches(saved("bassist heavy", null, null, null, 50), ad, text)).isTrue();
        assertThat(SavedSearchAlerts.matches(saved("bassists slow", null, null, null, 50), ad, text))
                .as("plurals, stems and synonyms, as the search finds words").isTrue();
        assertThat(SavedSearchAlerts.matches(saved("bas", null, null, null, 50), ad, text))
                .as("part of a word is not the word").isFalse();
        assertThat(SavedSearchAlerts.matches(saved("bassist fast", null, null, null, 50), ad, text)).isFalse();
        assertThat(SavedSearchAlerts.matches(saved(null, "bass", "doom", LEEDS, 50), ad, text)).isTrue();
        assertThat(SavedSearchAlerts.matches(saved(null, "drums", null, null, 50), ad, text)).isFalse();
        assertThat(SavedSearchAlerts.matches(saved(null, null, "funk", null, 50), ad, text)).isFalse();
        assertThat(SavedSearchAlerts.matches(saved(null, null, null, LONDON, 50), ad, text)).isFalse();
        assertThat(SavedSearchAlerts.matches(saved(null, null, null, LEEDS, 50), ad(List.of(), List.of(), null), text))
                .isFalse();
    }

    private static SavedSearch saved(String words, String instrument, String genre, AdPlace near, int radius) {
        return new SavedSearch(UUID.randomUUID(), new AccountId(UUID.randomUUID()),
                new AdQuery(words, null, instrument, genre, null, near, radius), Instant.EPOCH);
    }

    private static Ad ad(List<String> instruments, List<String> genres, AdPlace where) {
        return new Ad(new AdId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), new AdDetails("Bassist wanted",
                "Slow and heavy", Category.MUSICIANS_WANTED, instruments, genres, Level.ANY, Commitment.HOBBY, false,
                List.of()), where, AdStatus.PUBLISHED, false, Instant.EPOCH, Instant.EPOCH, Instant.MAX);
    }
}
