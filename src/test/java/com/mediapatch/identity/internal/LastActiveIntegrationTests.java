package com.mediapatch.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.shared.CommunityFigure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A member who signs in counts as active this week; one who only registered does not. */
@IntegrationTest
class LastActiveIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<CommunityFigure> figures;

    @Test
    void signingInMarksTheMemberActive() throws Exception {
        String email = accounts.verifiedMember("Lately Active");
        UUID id = accounts.accountId(email).value();
        assertThat(lastActive(id)).isZero();
        long activeBefore = figure("active this week").count().getAsLong();

        accounts.signIn(email);

        assertThat(lastActive(id)).isOne();
        assertThat(figure("active this week").count().getAsLong()).isGreaterThan(activeBefore);
    }

    @Test
    void aFailedSignInDoesNotCount() throws Exception {
        String email = accounts.verifiedMember("Wrong Password");
        UUID id = accounts.accountId(email).value();

        mvc.perform(AccountFixtures.signInRequest(email, "not the password at all"));

        assertThat(lastActive(id)).isZero();
    }

    @Test
    void membersCountVerifiedAccountsThatAreNotBanned() throws Exception {
        long before = figure("members").count().getAsLong();
        String email = accounts.verifiedMember("Counted Member");
        assertThat(figure("members").count().getAsLong()).isEqualTo(before + 1);

        jdbc.update("update identity_account set banned_at = current_timestamp where id = ?",
                accounts.accountId(email).value());
        assertThat(figure("members").count().getAsLong()).isEqualTo(before);
    }

    private int lastActive(UUID id) {
        return jdbc.queryForObject(
                "select count(*) from identity_account where id = ? and last_active_at is not null", Integer.class, id);
    }

    private CommunityFigure figure(String many) {
        return figures.stream().filter(figure -> figure.many().equals(many)).findFirst().orElseThrow();
    }
}
