package com.mediapatch.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.search.SearchHit;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SiteQuery;
import com.mediapatch.search.internal.SiteGroup;
import com.mediapatch.search.internal.SiteResults;
import com.mediapatch.search.web.SiteSearchPage.State;

import org.junit.jupiter.api.Test;

class SiteSearchPageTests {

    private static final SearchHits ONE = new SearchHits(List.of(new SearchHit("Zoë", "/members/zoe", "", "Member")), 1, false);

    @Test
    void thePageStateFollowsWhatWasTypedAndFound() {
        assertThat(page("", List.of()).state()).isEqualTo(State.EMPTY);
        assertThat(page("x -- '", List.of()).state()).isEqualTo(State.TOO_SHORT);
        assertThat(page("drums", List.of(group("Members", SearchHits.none()))).state()).isEqualTo(State.NOTHING_FOUND);
        assertThat(page("drums", List.of(group("Members", SearchHits.none()), group("Classifieds", ONE))).state())
                .isEqualTo(State.FOUND);
    }

    @Test
    void sourcesThatCouldNotAnswerAreNamedInOneSentence() {
        assertThat(page("drums", List.of(group("Members", null), group("Classifieds", ONE))).missingLabels())
                .isEqualTo("Members");
        assertThat(page("drums", List.of(group("Members", null), group("Events", null), group("Classifieds", null)))
                .missingLabels()).isEqualTo("Members, Events and Classifieds");
    }

    @Test
    void countsPastTheLimitSaySo() {
        assertThat(new SearchHits(List.of(), 1000, true).totalLabel()).isEqualTo("1,000+");
        assertThat(ONE.totalLabel()).isEqualTo("1");
    }

    private static SiteSearchPage page(String typed, List<SiteGroup> groups) {
        return SiteSearchPage.of(typed, new SiteResults(SiteQuery.of(typed), groups), List.of());
    }

    private static SiteGroup group(String label, SearchHits hits) {
        return new SiteGroup(label.toLowerCase(), label, "/" + label.toLowerCase(), hits);
    }
}
