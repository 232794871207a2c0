package com.mediapatch.identity.internal;

import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.IdentityRoutes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Account mail goes out only after its transaction committed, and never on the request's thread. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountMailIntegrationTests {

    private static final Registration.VerificationLink LINK = token -> "http://localhost/verify-email?token=" + token;

    @Autowired
    Registration registration;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MeterRegistry meters;

    @Test
    void aSignUpThatRollsBackSendsNoMail() throws InterruptedException {
        String email = AccountFixtures.newEmail();

        transactions.executeWithoutResult(status -> {
            registration.register(email, AccountFixtures.PASSWORD, "Rolled Back", LINK);
            status.setRollbackOnly();
        });

        Thread.sleep(500);
        assertThat(jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email)).isZero();
        assertThat(accounts.mailbox().countTo(email)).isZero();
    }

    @Test
    void theVerificationMailWaitsForTheCommitThenArrives() {
        String email = AccountFixtures.newEmail();

        transactions.executeWithoutResult(status -> {
            registration.register(email, AccountFixtures.PASSWORD, "Committed", LINK);
            assertThat(accounts.mailbox().countTo(email)).as("mail before the commit").isZero();
        });

        assertThat(accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(email))).startsWith("/verify-email?token=");
    }

    @Test
    void theResetMailIsWrittenOffTheRequestThread(CapturedOutput output) throws Exception {
        String email = accounts.verifiedMember("Reset Off Thread");

        mvc.perform(post(IdentityRoutes.PASSWORD_RESET).with(csrf()).param("email", email)).andExpect(status().isOk());

        assertThat(meters.find(OutgoingMail.PENDING_METRIC).gauge()).as("what the test mailbox waits for").isNotNull();
        assertThat(accounts.mailbox().countTo(email, 2)).isEqualTo(2);
        Path file = accounts.mailbox().latestFileTo(email);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("written to " + file))).singleElement().asString()
                .contains(OutgoingMail.THREAD_NAME));
    }
}
