package com.mediapatch.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.profiles.Discipline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory's query shapes: a page costs the same few statements however many members and tags it shows. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class DirectoryIntegrationTests {

    @Autowired
    Directory directory;
    @Autowired
    SearchTerms terms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageOfMembersWithTheirDisciplinesCostsTheSameFewStatementsOnEveryPage() {
        String batch = "quartet" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 30; i++) {
            member(batch, i);
        }
        SqlStatements.countSinceLastAsked();

        DirectoryPage first = directory.page(new DirectorySearch(null, new DirectoryFilters(batch, null, null, null, null), null, null), Set.of(), Set.of());

        assertThat(SqlStatements.countSinceLastAsked()).as("word probe, rows, disciplines, bounded count").isEqualTo(4);
        assertThat(first.entries()).hasSize(Directory.PAGE_SIZE)
                .allSatisfy(entry -> assertThat(entry.disciplines()).containsExactly(Discipline.BAND, Discipline.MUSICIAN));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.previousBefore()).isNull();

        DirectoryPage second = directory.page(new DirectorySearch(null, new DirectoryFilters(batch, Discipline.MUSICIAN, null, null, null), first.nextAfter(), null),
                Set.of(), Set.of());

        assertThat(SqlStatements.countSinceLastAsked()).isEqualTo(4);
        assertThat(second.entries()).extracting(entry -> entry.summary().handle())
                .containsExactly(handle(batch, 24), handle(batch, 25), handle(batch, 26), handle(batch, 27),
                        handle(batch, 28), handle(batch, 29));
        assertThat(second.nextAfter()).isNull();
        assertThat(second.previousBefore()).isEqualTo(handle(batch, 24));
    }

    @Test
    void countsStopAtTheLimitSoABigDirectorySaysThousandPlus() {
        member("counted" + System.nanoTime() % 1_000_000, 0);
        SqlStatements.countSinceLastAsked();
        DirectoryPage everyone = directory.page(new DirectorySearch(null, DirectoryFilters.none(), null, null), Set.of(), Set.of());

        assertThat(SqlStatements.countSinceLastAsked()).as("no words, no probe").isEqualTo(3);

        assertThat(everyone.total()).isLessThanOrEqualTo(Directory.COUNT_LIMIT + 1);
        assertThat(everyone.totalCapped()).isEqualTo(everyone.total() > Directory.COUNT_LIMIT);
    }

    private void member(String batch, int index) {
        UUID account = UUID.randomUUID();
        String name = "Quartet " + batch + " " + String.format("%02d", index);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into profiles_profile (account_id, handle, display_name, visibility, theme, created_at, updated_at, "
                + "version) values (?, ?, ?, 'EVERYONE', 'SYSTEM', ?, ?, 0)", account, handle(batch, index), name, now, now);
        jdbc.update("insert into profiles_profile_tag (account_id, kind, tag) values (?, 'DISCIPLINE', 'MUSICIAN'), "
                + "(?, 'DISCIPLINE', 'BAND')", account, account);
        terms.replace(account, name, handle(batch, index));
    }

    private static String handle(String batch, int index) {
        return batch + "-" + String.format("%02d", index);
    }
}
