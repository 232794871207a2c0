package com.mediapatch.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A signed-in request writes its session's last access only when the stored one is a minute old. */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class SessionWritesIntegrationTests {

    static final String PAGE = "/settings/account";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountFixtures accounts;

    @Test
    void requestsWithinAMinuteLeaveTheStoredSessionAlone() throws Exception {
        String email = accounts.verifiedMember("Quiet Sessions");
        String owner = accounts.accountId(email).toString();
        Cookie session = accounts.signIn(email);
        mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
        long planted = Instant.now().minusSeconds(30).toEpochMilli();
        storeLastAccess(owner, planted, Duration.ofHours(2));

        int first = statementsFor(session);
        for (int i = 0; i < 4; i++) {
            assertThat(statementsFor(session)).isEqualTo(first);
        }
        assertThat(storedLastAccess(owner)).isEqualTo(planted);

        long requestedAfter = Instant.now().toEpochMilli();
        storeLastAccess(owner, Instant.now().minusSeconds(61).toEpochMilli(), Duration.ofHours(2));
        assertThat(statementsFor(session)).as("one update of the session row").isEqualTo(first + 1);
        assertThat(storedLastAccess(owner)).isGreaterThanOrEqualTo(requestedAfter);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsStillEnded() throws Exception {
        String email = accounts.verifiedMember("Idle Sessions");
        String owner = accounts.accountId(email).toString();
        Cookie session = accounts.signIn(email);
        mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());

        storeLastAccess(owner, Instant.now().minus(Duration.ofHours(2)).minusSeconds(1).toEpochMilli(),
                Duration.ofHours(2));

        mvc.perform(get(PAGE).cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }

    private int statementsFor(Cookie session) throws Exception {
        SqlStatements.countSinceLastAsked();
        mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
        return SqlStatements.countSinceLastAsked();
    }

    private void storeLastAccess(String owner, long lastAccess, Duration timeout) {
        jdbc.update("update identity_session set last_access_time = ?, expiry_time = ? where principal_name = ?",
                lastAccess, lastAccess + timeout.toMillis(), owner);
    }

    private long storedLastAccess(String owner) {
        return jdbc.queryForObject("select last_access_time from identity_session where principal_name = ?",
                Long.class, owner);
    }
}
