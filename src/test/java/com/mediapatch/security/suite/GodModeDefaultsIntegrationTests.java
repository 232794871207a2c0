package com.mediapatch.security.suite;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An installation whose operator named no God account has none. */
@IntegrationTest
class GodModeDefaultsIntegrationTests {

    private static final String BUILT_IN_GOD = "philiptowan@gmail.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    @Disabled("finding: Authorities.GodProperties defaults mediapatch.god.emails to two personal Gmail addresses, "
            + "so every installation that does not set it gives God Mode (roles.assign-admin, members.view-all, "
            + "godmode.access) to whoever controls those mailboxes. Default to no addresses.")
    @Test
    void noAccountIsGodUnlessTheOperatorNamedIt() throws Exception {
        jdbc.update("delete from identity_account where email = ?", BUILT_IN_GOD);
        mvc.perform(post("/sign-up").with(csrf()).param("email", BUILT_IN_GOD).param("displayName", "Stranger")
                .param("password", AccountFixtures.PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(BUILT_IN_GOD));
        mvc.perform(post("/verify-email").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)));
        Cookie strongSignIn = accounts.signInWithCode(BUILT_IN_GOD,
                accounts.enrolAuthenticator(accounts.signIn(BUILT_IN_GOD)));

        int roles = mvc.perform(get("/admin/roles").cookie(strongSignIn)).andReturn().getResponse().getStatus();

        assertThat(roles).isEqualTo(403);
    }
}
