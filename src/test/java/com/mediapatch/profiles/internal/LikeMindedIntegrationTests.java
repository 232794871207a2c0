package com.mediapatch.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Like-minded members are found along the tag and city keys, a bounded window of each, in a fixed number of queries. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class LikeMindedIntegrationTests {

    @Autowired
    SocialMembers members;
    @Autowired
    Profiles profiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void genresMatchWhateverTheirCaseAndFriendsOnlyProfilesStayOut() {
        String genre = unique("Polka");
        TestMember me = withGenres("Polka Me", Visibility.MEMBERS, genre);
        TestMember alike = withGenres("Polka Alike", Visibility.EVERYONE, genre.toUpperCase());
        TestMember hidden = withGenres("Polka Hidden", Visibility.FRIENDS, genre);

        assertThat(profiles.likeMinded(me.id(), 10)).contains(alike.id()).doesNotContain(me.id(), hidden.id());
    }

    @Test
    void membersSharingMoreTagsComeFirst() {
        String first = unique("Zydeco");
        String second = unique("Gamelan");
        TestMember me = withGenres("Tags Me", Visibility.MEMBERS, first, second);
        TestMember one = withGenres("One Tag", Visibility.MEMBERS, first);
        TestMember both = withGenres("Both Tags", Visibility.MEMBERS, first, second);

        assertThat(profiles.likeMinded(me.id(), 10)).startsWith(both.id()).contains(one.id());
    }

    @Test
    void theSameCityMatchesWhateverItsCase() {
        String city = unique("Statementhaven");
        TestMember me = members.member("City Me", Visibility.MEMBERS, List.of(), List.of(), city);
        TestMember neighbour = members.member("City Neighbour", Visibility.MEMBERS, List.of(), List.of(), city.toLowerCase());
        TestMember elsewhere = members.member("City Elsewhere", Visibility.MEMBERS, List.of(), List.of(), unique("Otherton"));

        assertThat(profiles.likeMinded(me.id(), 10)).contains(neighbour.id()).doesNotContain(elsewhere.id(), me.id());
    }

    @Test
    void aTagHeldByManyCostsTheSameStatementsAsOneHeldByFewAndReadsOnlyAWindow() {
        String genre = unique("Skiffle");
        TestMember me = members.member("Window Me", Visibility.MEMBERS, List.of(), List.of(genre), unique("Windowton"));
        grow(genre, 0, 3);
        int forThree = statements(me.id(), 3);

        grow(genre, 3, 30);
        int forThirty = statements(me.id(), 12);

        assertThat(forThirty).isEqualTo(forThree);
    }

    @Test
    void aTagsHoldersAreReadAlongItsKeyIndexAndNoFurtherThanTheWindow() throws SQLException {
        assumeTrue(onH2(), "H2's plans are read; PostgreSQL picks plans by table size");
        String genre = unique("Mbalax");
        grow(genre, 0, 20);

        String plan = plan("EXPLAIN ANALYZE " + LikeMinded.SHARING_TAG, "GENRE", genre.toLowerCase(), UUID.randomUUID(), 5);

        assertThat(plan).contains("profiles_profile_tag_key_idx");
        Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        assertThat(scanned.find()).isTrue();
        assertThat(Integer.parseInt(scanned.group(1))).as("index entries read for a window of 5 of 20").isLessThanOrEqualTo(6);
        assertThat(plan("EXPLAIN " + LikeMinded.SHARING_CITY, "leeds", UUID.randomUUID(), "GB", "GB", 5))
                .contains("profiles_profile_city_key_idx");
    }

    private boolean onH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        }
    }

    private String plan(String explain, Object... parameters) {
        return String.join("\n", jdbc.sql(explain).params(parameters).query(String.class).list());
    }

    /** Statements for one look-up of up to 12, which must find {@code expected} members. */
    private int statements(AccountId me, int expected) {
        SqlStatements.countSinceLastAsked();
        List<AccountId> found = profiles.likeMinded(me, 12);
        int counted = SqlStatements.countSinceLastAsked();
        assertThat(found).hasSize(expected);
        return counted;
    }

    private void grow(String genre, int from, int to) {
        for (int i = from; i < to; i++) {
            withGenres("Holder " + i, Visibility.MEMBERS, genre);
        }
    }

    private TestMember withGenres(String name, Visibility visibility, String... genres) {
        return members.member(name, visibility, List.of(), List.of(genres), null);
    }

    private static String unique(String word) {
        return word + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
