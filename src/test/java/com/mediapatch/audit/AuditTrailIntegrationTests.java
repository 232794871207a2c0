package com.mediapatch.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditLog log;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signUpVerificationAndSignInOfAMemberAreRecorded() throws Exception {
        String email = accounts.verifiedMember("Audited Artist");
        accounts.signIn(email, AccountFixtures.PASSWORD, "AuditTest/1.0");
        String member = "member:" + accounts.accountId(email);

        List<AuditEntry> entries = awaitEntries(new AuditQuery(null, member, null, null, null, null, 10), 3);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("identity.account-registered", "identity.email-verified", "identity.sign-in");
        assertThat(entries).filteredOn(entry -> entry.action().equals("identity.sign-in")).singleElement()
                .satisfies(signIn -> {
                    assertThat(signIn.target()).isEqualTo(member);
                    assertThat(signIn.reason()).isEqualTo("succeeded");
                    assertThat(signIn.userAgent()).isEqualTo("AuditTest/1.0");
                    assertThat(signIn.ip()).isNotBlank();
                });
        assertThat(entries).filteredOn(entry -> entry.action().equals("identity.account-registered")).singleElement()
                .satisfies(registered -> assertThat(registered.details()).containsEntry("email", email)
                        .doesNotContainKey("displayName"));
    }

    @Test
    void aFailedSignInIsRecordedUnderAKeyedHashOfTheTypedAddressNeverTheAddressItself() throws Exception {
        String email = AccountFixtures.newEmail();
        String other = AccountFixtures.newEmail();
        String agent = "Guesser/" + UUID.randomUUID();
        mvc.perform(AccountFixtures.signInRequest(email, "wrong password").header("User-Agent", agent));
        mvc.perform(AccountFixtures.signInRequest(email, "another guess").header("User-Agent", agent));
        mvc.perform(AccountFixtures.signInRequest(other, "wrong password").header("User-Agent", agent));

        await().atMost(Duration.ofSeconds(20)).until(() -> signInsFrom(agent).size() == 3);
        List<AuditEntry> failed = signInsFrom(agent);

        assertThat(failed).allSatisfy(entry -> {
            assertThat(entry.reason()).isEqualTo("bad-credentials");
            assertThat(entry.actor()).isEqualTo("address:" + entry.ip());
            assertThat(entry.target()).matches("email-key:[0-9a-f]{32}");
        });
        assertThat(failed.stream().collect(Collectors.groupingBy(AuditEntry::target, Collectors.counting())).values())
                .as("one address, one key; another address, another key").containsExactlyInAnyOrder(2L, 1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where lower(body) like ? or lower(body) like ?",
                Long.class, "%" + email.substring(0, email.indexOf('@')) + "%", "%" + other.substring(0, other.indexOf('@')) + "%"))
                .isZero();
    }

    private List<AuditEntry> signInsFrom(String agent) {
        return log.entries(new AuditQuery("identity.sign-in", null, null, null, null, null, 200)).entries().stream()
                .filter(entry -> agent.equals(entry.userAgent())).toList();
    }

    @Test
    void auditableActionsOfOtherModulesAreRecordedAsPublished() {
        String target = "listing:" + UUID.randomUUID();
        AuditableAction action = new AuditableAction(Instant.now(), "member:moderator", null,
                "moderation.listing-removed", target, "spam", "192.0.2.1", "Firefox", Map.of("rule", "3.2"));

        transactions.executeWithoutResult(status -> events.publishEvent(action));

        assertThat(awaitEntries(new AuditQuery(null, null, target, null, null, null, 10), 1)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("member:moderator");
                    assertThat(entry.action()).isEqualTo("moderation.listing-removed");
                    assertThat(entry.reason()).isEqualTo("spam");
                    assertThat(entry.ip()).isEqualTo("192.0.2.1");
                    assertThat(entry.details()).containsEntry("rule", "3.2");
                });
    }

    @Test
    void actionsOfARolledBackTransactionAreNotRecorded() {
        String target = "listing:" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(AuditableAction.of(Instant.now(), "member:x", "test.rolled-back", target, null, Map.of()));
            status.setRollbackOnly();
        });
        events.publishEvent(AuditableAction.of(Instant.now(), "member:x", "test.committed", target, null, Map.of()));

        assertThat(awaitEntries(new AuditQuery(null, null, target, null, null, null, 10), 1))
                .extracting(AuditEntry::action).containsExactly("test.committed");
    }

    @Test
    void everyAuditPublicationIsCompletedInTheEventRegistry() throws Exception {
        String email = accounts.verifiedMember("Registry Watcher");
        accounts.signIn(email);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like 'audit.%' and completion_date is null",
                Long.class)).isZero());
    }

    private List<AuditEntry> awaitEntries(AuditQuery query, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> log.entries(query).entries().size() >= count);
        return log.entries(query).entries();
    }
}
