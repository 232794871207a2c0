package com.mediapatch.identity.web;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest(properties = "mediapatch.god.emails=god-of-tests@example.org")
class RolesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;


    @Test
    void ordinaryMembersCannotOpenRoleAdministration() throws Exception {
        mvc.perform(get("/admin/roles").cookie(accounts.signIn(accounts.verifiedMember("Plain Member"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aPrivilegedRoleStaysPausedUntilTwoStepSignInIsOn() throws Exception {
        String email = accounts.verifiedMember("Admin Without Mfa");
        accounts.assignRole(email, "admin");
        Cookie passwordOnly = accounts.signIn(email);

        mvc.perform(get("/admin/roles").cookie(passwordOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/settings/security").cookie(passwordOnly))
                .andExpect(content().string(containsString("Your admin role is paused")));

        String secret = accounts.enrolAuthenticator(passwordOnly);
        mvc.perform(get("/admin/roles").cookie(accounts.signInWithCode(email, secret))).andExpect(status().isOk());
    }

    @Test
    void adminsGiveModeratorButNotAdminAndNobodyGivesGod() throws Exception {
        String admin = accounts.verifiedMember("Day To Day Admin");
        accounts.assignRole(admin, "admin");
        Cookie session = accounts.signInWithCode(admin, accounts.enrolAuthenticator(accounts.signIn(admin)));
        String target = accounts.verifiedMember("Future Moderator");
        Cookie targetSession = accounts.signIn(target);

        mvc.perform(post("/admin/roles").with(csrf()).cookie(session).param("email", target).param("role", "moderator"))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(jdbc.queryForObject("select count(*) from identity_role_assignment where account_id = ? and role_name = 'moderator'",
                Integer.class, accounts.accountId(target).value())).isEqualTo(1);
        mvc.perform(get("/settings/account").cookie(targetSession)).andExpect(redirectedUrl("/sign-in"));

        mvc.perform(post("/admin/roles").with(csrf()).cookie(session).param("email", target).param("role", "admin"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Only God accounts")));
        mvc.perform(post("/admin/roles").with(csrf()).cookie(session).param("email", target).param("role", "god"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("operator")));
        mvc.perform(post("/admin/roles/revoke").with(csrf()).cookie(session).param("account", "not-a-uuid")
                .param("role", "moderator")).andExpect(status().isBadRequest());
    }

    @Test
    void godComesFromConfigurationWithAVerifiedEmailAndTwoStepSignIn() throws Exception {
        jdbc.update("delete from identity_account where email = 'god-of-tests@example.org'");
        mvc.perform(post("/sign-up").with(csrf()).param("email", "god-of-tests@example.org")
                .param("displayName", "Operator").param("password", AccountFixtures.PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo("god-of-tests@example.org"));
        mvc.perform(post("/verify-email").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)));
        Cookie passwordOnly = accounts.signIn("god-of-tests@example.org");
        mvc.perform(get("/admin/roles").cookie(passwordOnly)).andExpect(status().isForbidden());

        Cookie god = accounts.signInWithCode("god-of-tests@example.org", accounts.enrolAuthenticator(passwordOnly));
        String target = accounts.verifiedMember("Promoted Admin");
        mvc.perform(post("/admin/roles").with(csrf()).cookie(god).param("email", target).param("role", "admin"))
                .andExpect(redirectedUrl("/admin/roles"));
    }
}
