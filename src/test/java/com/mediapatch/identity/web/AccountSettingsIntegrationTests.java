package com.mediapatch.identity.web;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountSettingsIntegrationTests {

    static final String NEW_PASSWORD = "second verse louder than the first";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;


    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        String email = accounts.verifiedMember("Changer");
        Cookie here = accounts.signIn(email);
        Cookie elsewhere = accounts.signIn(email);

        mvc.perform(post("/settings/account/password").with(csrf()).cookie(here).param("currentPassword", "wrong one!")
                .param("newPassword", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Your current password is not right.")));

        mvc.perform(post("/settings/account/password").with(csrf()).cookie(here).param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/settings/account"));

        mvc.perform(get("/settings/account").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/settings/account").cookie(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void changingTheEmailNeedsThePasswordAndAProofFromTheNewAddress() throws Exception {
        String email = accounts.verifiedMember("Mover");
        Cookie here = accounts.signIn(email);
        String newEmail = AccountFixtures.newEmail();

        mvc.perform(post("/settings/account/email").with(csrf()).cookie(here).param("newEmail", newEmail)
                .param("emailPassword", "wrong password"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That password is not right.")))
                .andExpect(content().string(containsString("value=\"" + newEmail + "\"")));
        mvc.perform(post("/settings/account/email").with(csrf()).cookie(here).param("newEmail", newEmail)
                .param("emailPassword", PASSWORD)).andExpect(redirectedUrl("/settings/account"));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(newEmail).password(PASSWORD))
                .andExpect(unauthenticated());

        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(newEmail));
        mvc.perform(get(link).cookie(here)).andExpect(content().string(containsString("Use my new email")));
        mvc.perform(post("/settings/account/email/confirm").with(csrf()).cookie(here)
                .param("token", link.substring(link.indexOf("token=") + 6))).andExpect(redirectedUrl("/settings/account"));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(newEmail).password(PASSWORD))
                .andExpect(authenticated());
        assertThat(TestMailbox.subject(accounts.mailbox().latestTo(email))).contains("was changed");
    }

    @Test
    void anEmailChangeLinkOnlyWorksForTheMemberWhoAskedForIt() throws Exception {
        String email = accounts.verifiedMember("Asker");
        Cookie asker = accounts.signIn(email);
        String newEmail = AccountFixtures.newEmail();
        mvc.perform(post("/settings/account/email").with(csrf()).cookie(asker).param("newEmail", newEmail)
                .param("emailPassword", PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(newEmail));
        Cookie other = accounts.signIn(accounts.verifiedMember("Link Catcher"));

        mvc.perform(post("/settings/account/email/confirm").with(csrf()).cookie(other)
                .param("token", link.substring(link.indexOf("token=") + 6))).andExpect(status().isGone());
        mvc.perform(post("/settings/account/email/confirm").with(csrf()).cookie(asker)
                .param("token", link.substring(link.indexOf("token=") + 6))).andExpect(redirectedUrl("/settings/account"));
    }

    @Test
    void anEmailInUseCannotBeTaken() throws Exception {
        String taken = accounts.verifiedMember("Holder");
        Cookie here = accounts.signIn(accounts.verifiedMember("Grabber"));

        mvc.perform(post("/settings/account/email").with(csrf()).cookie(here).param("newEmail", taken)
                .param("emailPassword", PASSWORD)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("already exists")));
    }

    @Test
    void aBreachedNewPasswordIsRefused() throws Exception {
        String email = accounts.verifiedMember("Reuser");
        Cookie here = accounts.signIn(email);

        mvc.perform(post("/settings/account/password").with(csrf()).cookie(here).param("currentPassword", PASSWORD)
                .param("newPassword", "football1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("breached passwords")));
    }
}
