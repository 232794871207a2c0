package com.mediapatch.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a process killed between a commit and its listeners leaves behind (the publications
 * incomplete, the listeners' work missing) is finished later, exactly once.
 */
@IntegrationTest
class EventRecoveryIntegrationTests {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventRecovery recovery;
    @Autowired
    StuckEvents stuck;

    @Test
    void aSignUpCutShortByACrashGetsItsProfileOnTheNextStartAndItsAuditEntryOnce() {
        AccountId account = signedUp("Crash Survivor");
        int reopened = leaveIncomplete(account, "PUBLISHED");
        long stuckBefore = stuck.count();

        assertThat(stuckBefore).isGreaterThanOrEqualTo(reopened);
        assertThat(stuck.health().getStatus()).isEqualTo(StuckEvents.DEGRADED);

        recovery.resubmitLeftoversOfEarlierRuns();

        awaitRecovered(account);
        assertThat(stuck.count()).isEqualTo(stuckBefore - reopened);
    }

    @Test
    void publicationsTheStalenessCheckMarkedFailedAreResubmittedByThePeriodicJob() {
        AccountId account = signedUp("Stale Listener");
        leaveIncomplete(account, "FAILED");

        recovery.resubmitStuckOnes();

        awaitRecovered(account);
    }

    private AccountId signedUp(String name) {
        AccountId account = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD, name)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> profiles(account) == 1 && registrationEntries(account) == 1
                && incompletePublications(account) == 0);
        return account;
    }

    /** As a kill -9 after the sign-up's commit leaves it: publications open, the profile never made. */
    private int leaveIncomplete(AccountId account, String status) {
        jdbc.update("delete from profiles_profile where account_id = ?", account.value());
        int reopened = jdbc.update("update event_publication set completion_date = null, status = ?, publication_date = ? "
                + "where event_type like '%AccountRegistered' and serialized_event like ?", status,
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), "%" + account.value() + "%");
        assertThat(reopened).as("the profile's and the audit log's publications").isGreaterThanOrEqualTo(2);
        return reopened;
    }

    private void awaitRecovered(AccountId account) {
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications(account) == 0);
        assertThat(profiles(account)).as("the profile is made").isEqualTo(1);
        assertThat(registrationEntries(account)).as("delivered again, recorded once").isEqualTo(1);
    }

    private long profiles(AccountId account) {
        return jdbc.queryForObject("select count(*) from profiles_profile where account_id = ?", Long.class, account.value());
    }

    private long registrationEntries(AccountId account) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'identity.account-registered' "
                + "and actor = ?", Long.class, "member:" + account);
    }

    private long incompletePublications(AccountId account) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Long.class, "%" + account.value() + "%");
    }
}
