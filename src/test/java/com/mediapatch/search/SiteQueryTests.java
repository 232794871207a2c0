package com.mediapatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteQueryTests {

    @Test
    void wordsAreLowerCaseLettersAndDigitsOfTwoOrMore() {
        assertThat(SiteQuery.of("  Drums, LEEDS & a 4-track!").words()).containsExactly("drums", "leeds", "track");
        assertThat(SiteQuery.of("Zoë @zoe-kraft").words()).containsExactly("zoë", "zoe", "kraft");
    }

    @Test
    void anInjectionAndItsTwinReadAsTheSameWords() {
        for (List<String> twin : List.of(List.of("x' OR 'a'='a' --", "x' OR 'a'<>'a' --"), List.of("1 OR 1=1", "1 OR 1<>1"),
                List.of("x\" OR \"a\"=\"a", "x\" OR \"a\"<>\"a"))) {
            assertThat(SiteQuery.of(twin.get(0))).isEqualTo(SiteQuery.of(twin.get(1)));
        }
    }

    @Test
    void punctuationAndSingleLettersAloneAreNothingToSearchFor() {
        assertThat(SiteQuery.of("x ' = -- y").searchable()).isFalse();
        assertThat(SiteQuery.of(null).searchable()).isFalse();
        assertThat(SiteQuery.of("   ").text()).isEmpty();
    }

    @Test
    void longTextIsBoundedInWordsAndLength() {
        assertThat(SiteQuery.of("one two three four five six seven eight").words()).hasSize(SiteQuery.MAX_WORDS);
        assertThat(SiteQuery.of("drum ".repeat(500)).words()).containsExactly("drum");
        assertThat(SiteQuery.of("z".repeat(90)).words().get(0)).hasSize(40);
        assertThat(SiteQuery.of("ab ".repeat(40) + "zebra").words()).doesNotContain("zebra");
    }

    @Test
    void linksCarryTheWordsEncoded() {
        assertThat(SiteQuery.of("drums leeds").encoded()).isEqualTo("drums+leeds");
    }
}
