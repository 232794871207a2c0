package com.mediapatch.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFilter;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.identity.AccountPage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** God Mode's member list: keyset pages, newest first, in the same two statements however many accounts and roles. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class AccountDirectoryIntegrationTests {

    private static final Instant SAME_SECOND = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    AccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageOfAccountsWithTheirRolesCostsTwoStatementsForThreeOrThirty() {
        String few = batch();
        accounts(few, 3);
        String many = batch();
        accounts(many, 30);
        SqlStatements.countSinceLastAsked();

        AccountPage three = directory.search(few, AccountFilter.ALL, null, null, 25);
        int forThree = SqlStatements.countSinceLastAsked();
        AccountPage thirty = directory.search(many, AccountFilter.ALL, null, null, 25);

        assertThat(SqlStatements.countSinceLastAsked()).as("accounts, then roles").isEqualTo(forThree).isEqualTo(2);
        assertThat(three.accounts()).hasSize(3);
        assertThat(thirty.accounts()).hasSize(25).allSatisfy(account -> assertThat(account.roles()).containsExactly("moderator"));
    }

    @Test
    void pagesWalkOlderAndBackNewerThroughAccountsCreatedInTheSameInstant() {
        String batch = batch();
        List<AccountId> newestFirst = newestFirst(batch, 7);

        AccountPage first = directory.search(batch, AccountFilter.ALL, null, null, 3);
        AccountPage second = directory.search(batch, AccountFilter.ALL, first.olderAfter(), null, 3);
        AccountPage third = directory.search(batch, AccountFilter.ALL, second.olderAfter(), null, 3);
        AccountPage backToSecond = directory.search(batch, AccountFilter.ALL, null, third.newerBefore(), 3);

        assertThat(ids(first)).isEqualTo(newestFirst.subList(0, 3));
        assertThat(first.newerBefore()).isNull();
        assertThat(ids(second)).isEqualTo(newestFirst.subList(3, 6));
        assertThat(ids(third)).isEqualTo(newestFirst.subList(6, 7));
        assertThat(third.olderAfter()).isNull();
        assertThat(ids(backToSecond)).isEqualTo(ids(second));
        assertThat(backToSecond.olderAfter()).isEqualTo(newestFirst.get(5));
        assertThat(backToSecond.newerBefore()).isEqualTo(newestFirst.get(3));
    }

    @Test
    void anAccountDeletedBetweenPagesDoesNotLoseTheRest() {
        String batch = batch();
        List<AccountId> newestFirst = newestFirst(batch, 5);
        AccountPage first = directory.search(batch, AccountFilter.ALL, null, null, 2);
        jdbc.update("delete from identity_account where id = ?", newestFirst.get(2).value());

        AccountPage second = directory.search(batch, AccountFilter.ALL, first.olderAfter(), null, 2);
        jdbc.update("delete from identity_account where id = ?", first.olderAfter().value());
        AccountPage fromAGoneCursor = directory.search(batch, AccountFilter.ALL, first.olderAfter(), null, 2);

        assertThat(ids(second)).containsExactly(newestFirst.get(3), newestFirst.get(4));
        assertThat(ids(fromAGoneCursor)).as("starts again from the newest").containsExactly(newestFirst.get(0),
                newestFirst.get(3));
    }

    @Test
    void searchMatchesTheStartOfTheAddressWhateverItsCase() {
        String batch = batch();
        accounts(batch, 2);

        assertThat(directory.search(batch.toUpperCase(), AccountFilter.ALL, null, null, 25).accounts()).hasSize(2);
        assertThat(directory.search(batch.substring(3), AccountFilter.ALL, null, null, 25).accounts()).isEmpty();
        assertThat(directory.search(batch + "_", AccountFilter.ALL, null, null, 25).accounts())
                .as("an underscore is a character, not a wildcard").isEmpty();
    }

    private static String batch() {
        return "keyset" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<AccountId> ids(AccountPage page) {
        return page.accounts().stream().map(AccountOverview::id).toList();
    }

    private List<AccountId> newestFirst(String batch, int count) {
        List<AccountId> accounts = new ArrayList<>(accounts(batch, count));
        Collections.reverse(accounts);
        return accounts;
    }

    /**
     * Accounts in creation order. They share one instant, so the id decides their order: ids differ only in their
     * low bits, which sort the same way in Java, H2 and PostgreSQL.
     */
    private List<AccountId> accounts(String batch, int count) {
        long high = ThreadLocalRandom.current().nextLong() & 0x0FFF_FFFF_FFFF_0FFFL | 0x4000L;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(high, 0x8000_0000_0000_0000L | i));
        }
        Timestamp at = Timestamp.from(SAME_SECOND);
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into identity_account (id, email, password_hash, created_at, password_changed_at, version) "
                    + "values (?, ?, 'x', ?, ?, 0)", ids.get(i), batch + "-" + i + "@example.org", at, at);
            jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) "
                    + "values (?, 'moderator', ?, ?)", ids.get(i), ids.get(i), at);
        }
        return ids.stream().map(AccountId::new).toList();
    }
}
