package com.mediapatch.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The directory's search index: words found in every field a member describes themselves with, stemmed and with
 * the field's synonyms, filters that combine, the same visibility as the database path, edits indexed as they
 * commit, one statement a page, and the database answering while the index is built.
 */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class MemberSearchIntegrationTests {

    private static final AccountId VIEWER = new AccountId(UUID.randomUUID());

    @Autowired
    MemberSearch search;
    @Autowired
    ProfileCatalogue catalogue;
    @Autowired
    Directory directory;
    @Autowired
    ProfileSearch profileSearch;
    @Autowired
    SearchIndexes indexes;

    /** A word only this test's members have in their names, so other tests' members never get in the way. */
    private final String batch = "zq" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void indexBuilt() {
        SearchReady.await(indexes);
        assertThat(indexes.ready()).as("the index is built on start").isTrue();
    }

    @Test
    void drumsFindsADrummerAndLeedsFindsTheCityAndPostPunkTheGenre() {
        AccountId drummer = member("Ada", Visibility.EVERYONE, List.of("Drummer"), List.of("Post-punk"), "Leeds", "");
        AccountId singer = member("Bea", Visibility.EVERYONE, List.of("Vocals"), List.of("Folk"), "York", "");

        assertThat(handles("drums " + batch)).containsExactly(handle("Ada"));
        assertThat(handles("Leeds " + batch)).containsExactly(handle("Ada"));
        assertThat(handles("post-punk " + batch)).containsExactly(handle("Ada"));
        assertThat(handles("singer " + batch)).containsExactly(handle("Bea"));
        assertThat(handles(batch)).containsExactlyInAnyOrder(handle("Ada"), handle("Bea"));
        assertThat(List.of(drummer, singer)).doesNotHaveDuplicates();
    }

    @Test
    void wordsInABioAreStemmedAndRankedBelowTags() {
        member("Cal", Visibility.EVERYONE, List.of(), List.of(), null, "I have been drumming since school, drums mostly.");
        member("Dee", Visibility.EVERYONE, List.of("Drums"), List.of(), null, "");

        assertThat(handles("drums " + batch)).containsExactly(handle("Dee"), handle("Cal"));
    }

    @Test
    void filtersCombineWithTheWords() {
        member("Eve", Visibility.EVERYONE, List.of("Drums"), List.of("Post-punk"), "Leeds", "");
        member("Fay", Visibility.EVERYONE, List.of("Drums"), List.of("Post-punk"), "York", "");
        member("Gus", Visibility.EVERYONE, List.of("Drums"), List.of("Jazz"), "Leeds", "");

        MembersFound found = search.find(VIEWER, new DirectoryFilters("drummer " + batch, Discipline.MUSICIAN, "post-PUNK",
                "drums", "leeds"), DirectoryCursor.first(), Set.of(), Set.of());

        assertThat(found.entries()).extracting(entry -> entry.summary().handle()).containsExactly(handle("Eve"));
        assertThat(found.entries().get(0).disciplines()).containsExactly(Discipline.MUSICIAN);
        assertThat(found.ranked()).isTrue();
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void friendsOnlyAndMembersOnlyProfilesAreFoundOnlyByWhoMaySeeThem() {
        AccountId secret = member("Hal", Visibility.FRIENDS, List.of("Drums"), List.of(), null, "");
        member("Ivy", Visibility.MEMBERS, List.of("Drums"), List.of(), null, "");
        AccountId open = member("Joe", Visibility.EVERYONE, List.of("Drums"), List.of(), null, "");
        DirectoryFilters drums = new DirectoryFilters("drums " + batch, null, null, null, null);

        assertThat(handlesSeenBy(null, drums, Set.of(), Set.of())).containsExactly(handle("Joe"));
        assertThat(handlesSeenBy(VIEWER, drums, Set.of(), Set.of())).containsExactly(handle("Ivy"), handle("Joe"));
        assertThat(handlesSeenBy(VIEWER, drums, Set.of(secret), Set.of())).containsExactly(handle("Hal"), handle("Ivy"),
                handle("Joe"));
        assertThat(handlesSeenBy(null, drums, Set.of(secret), Set.of())).as("friends count only when signed in")
                .containsExactly(handle("Joe"));
        assertThat(handlesSeenBy(VIEWER, drums, Set.of(secret), Set.of(open, secret))).containsExactly(handle("Ivy"));
    }

    @Test
    void anEditReachesTheIndexAsItCommits() {
        AccountId account = member("Kit", Visibility.EVERYONE, List.of("Guitar"), List.of("Shoegaze"), null, "");
        assertThat(handles("shoegaze " + batch)).containsExactly(handle("Kit"));

        catalogue.update(account, details("Kit", Visibility.EVERYONE, List.of("Guitar"), List.of("Grime"), "Leeds", ""));

        assertThat(handles("shoegaze " + batch)).isEmpty();
        assertThat(handles("grime leeds " + batch)).containsExactly(handle("Kit"));

        catalogue.update(account, details("Kit", Visibility.FRIENDS, List.of("Guitar"), List.of("Grime"), "Leeds", ""));

        assertThat(handles("grime " + batch)).as("made friends-only").isEmpty();
    }

    @Test
    void aPageOfResultsCostsOneStatementAndPagesStopAtTheLast() {
        for (int i = 0; i < Directory.PAGE_SIZE + 2; i++) {
            member("Lu" + i, Visibility.EVERYONE, List.of("Keyboard"), List.of(), null, "");
        }
        SqlStatements.countSinceLastAsked();

        MembersFound first = search.find(VIEWER, new DirectoryFilters("piano " + batch, null, null, null, null),
                DirectoryCursor.first(), Set.of(), Set.of());

        assertThat(SqlStatements.countSinceLastAsked()).as("the cards, read by id").isEqualTo(1);
        assertThat(first.entries()).hasSize(Directory.PAGE_SIZE);
        assertThat(first.next()).isEqualTo(new MembersFound.Link("page", "2"));
        assertThat(first.previous()).isNull();
        assertThat(first.total()).isEqualTo(Directory.PAGE_SIZE + 2);

        MembersFound second = search.find(VIEWER, new DirectoryFilters("piano " + batch, null, null, null, null),
                new DirectoryCursor(null, null, 2), Set.of(), Set.of());
        assertThat(second.entries()).hasSize(2).extracting(entry -> entry.summary().handle())
                .doesNotContainAnyElementsOf(first.entries().stream().map(entry -> entry.summary().handle()).toList());
        assertThat(second.next()).isNull();

        MembersFound far = search.find(VIEWER, new DirectoryFilters("piano " + batch, null, null, null, null),
                new DirectoryCursor(null, null, 999), Set.of(), Set.of());
        assertThat(far.entries()).as("page numbers are capped at the last page offered").isEmpty();
    }

    @Test
    void whileTheIndexIsBuiltTheDatabaseAnswersWhatItCanAndSaysSo() {
        member("Mo", Visibility.EVERYONE, List.of("Drummer"), List.of("Post-punk"), "Leeds", "");
        MemberSearch building = new MemberSearch(directory, profileSearch, () -> 43);

        MembersFound byName = building.find(VIEWER, new DirectoryFilters("mo " + batch, null, null, null, null),
                DirectoryCursor.first(), Set.of(), Set.of());
        MembersFound byTag = building.find(VIEWER, new DirectoryFilters(batch, null, "post-punk", null, "leeds"),
                DirectoryCursor.first(), Set.of(), Set.of());
        MembersFound bySynonym = building.find(VIEWER, new DirectoryFilters("drums " + batch, null, null, null, null),
                DirectoryCursor.first(), Set.of(), Set.of());

        assertThat(byName.indexBeingBuilt()).isTrue();
        assertThat(byName.indexPercent()).isEqualTo(43);
        assertThat(byName.ranked()).isFalse();
        assertThat(byName.entries()).extracting(entry -> entry.summary().handle()).containsExactly(handle("Mo"));
        assertThat(byTag.entries()).extracting(entry -> entry.summary().handle()).containsExactly(handle("Mo"));
        assertThat(bySynonym.entries()).as("only the index knows synonyms").isEmpty();
    }

    private List<String> handles(String text) {
        return handlesSeenBy(VIEWER, new DirectoryFilters(text, null, null, null, null), Set.of(), Set.of());
    }

    private List<String> handlesSeenBy(AccountId viewer, DirectoryFilters filters, Set<AccountId> friends,
            Set<AccountId> hidden) {
        MembersFound found = search.find(viewer, filters, DirectoryCursor.first(), friends, hidden);
        assertThat(found.ranked()).isTrue();
        return found.entries().stream().map(entry -> entry.summary().handle()).toList();
    }

    private AccountId member(String name, Visibility visibility, List<String> skills, List<String> genres, String city,
            String bio) {
        AccountId account = new AccountId(UUID.randomUUID());
        catalogue.create(account, name + " " + batch);
        catalogue.update(account, details(name, visibility, skills, genres, city, bio));
        return account;
    }

    private ProfileDetails details(String name, Visibility visibility, List<String> skills, List<String> genres,
            String city, String bio) {
        return new ProfileDetails(handle(name), name + " " + batch, bio, List.of(Discipline.MUSICIAN), skills, genres,
                city, city == null ? null : "GB", null, null, null, null, null, null, null, null, null, null, List.of(),
                visibility, Theme.SYSTEM);
    }

    private String handle(String name) {
        return (name + "-" + batch).toLowerCase();
    }
}
