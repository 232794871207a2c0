package com.mediapatch.social.internal;

import java.util.List;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleYouMayKnowTests {

    @Test
    void sharedInterestsCountDisciplinesGenresIgnoringCaseAndTheSameCity() {
        ProfileDetails mine = details(List.of(Discipline.MUSICIAN, Discipline.WRITER), List.of("Jazz", "folk"), "Leeds", "GB");
        ProfileDetails theirs = details(List.of(Discipline.WRITER), List.of("jazz", "metal"), "leeds", "GB");

        assertThat(PeopleYouMayKnow.shared(mine, theirs)).isEqualTo(3);
        assertThat(PeopleYouMayKnow.shared(mine, details(List.of(), List.of(), "Leeds", "US"))).isZero();
        assertThat(PeopleYouMayKnow.shared(null, theirs)).isZero();
    }

    @Test
    void pairsAreOrderedTheSameWayWhicheverMemberComesFirst() {
        AccountId one = AccountId.random();
        AccountId other = AccountId.random();

        assertThat(SocialStore.ordered(one, other)).containsExactly(SocialStore.ordered(other, one));
    }

    private static ProfileDetails details(List<Discipline> disciplines, List<String> genres, String city, String country) {
        return new ProfileDetails("someone", "Someone", "", disciplines, List.of(), genres, city, country, null, null, null,
                null, null, null, null, null, null, null, List.of(),
                Visibility.MEMBERS, Theme.SYSTEM);
    }
}
