package com.mediapatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTests {

    @Test
    void wordsAreFoundByTheirStemsSynonymsAndFoldedAccents() {
        Words ad = Words.of("Drums wanted for a doom band in Zürich; bass players welcome");

        assertThat(ad.containAll(List.of("drummer"))).as("a synonym").isTrue();
        assertThat(ad.containAll(List.of("bassist", "doom"))).as("a synonym and a word").isTrue();
        assertThat(ad.containAll(List.of("player"))).as("a stem").isTrue();
        assertThat(ad.containAll(List.of("zurich"))).as("folded accents").isTrue();
        assertThat(ad.containAll(List.of())).isTrue();
    }

    @Test
    void partsOfOtherWordsAndMissingWordsAreNotFound() {
        Words ad = Words.of("Bassoon player for a chamber ensemble");

        assertThat(ad.containAll(List.of("bass"))).isFalse();
        assertThat(ad.containAll(List.of("player", "drums"))).isFalse();
    }
}
