package com.mediapatch.identity.web;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountLifecycleIntegrationTests {

    static final String PASSWORD = "velvet thunder rehearsal";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    TestMailbox mailbox;
    String email;

    @BeforeEach
    void newVisitor() {
        mailbox = new TestMailbox(dataDir);
        email = "member-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void signUpMailsASingleUseLinkThatVerifiesTheAddressThenSignInWorks() throws Exception {
        signUp(email, PASSWORD).andExpect(redirectedUrl("/verify-email/sent"));
        MimeMessage mail = mailbox.latestTo(email);
        String link = mailbox.linkPathIn(mail);
        assertThat(TestMailbox.subject(mail)).contains("Confirm your email");
        assertThat(link).startsWith("/verify-email?token=");

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Confirm my email")));
        assertThat(verifiedAt(email)).isNull();
        confirm(link).andExpect(redirectedUrl("/sign-in?email=" + email.replace("@", "%40")));
        assertThat(verifiedAt(email)).isNotNull();

        confirm(link).andExpect(status().isGone())
                .andExpect(content().string(containsString("already been used")));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withUsername(accountId(email)));
    }

    @Test
    void unverifiedAccountsCannotSignInAndAreOfferedANewLink() throws Exception {
        signUp(email, PASSWORD);

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error=unverified_email&email=" + email));
        mvc.perform(get("/sign-in?error=unverified_email&email=" + email))
                .andExpect(content().string(containsString("Send me a new link")));

        mvc.perform(post("/verify-email/resend").param("email", email).with(csrf())).andExpect(status().isOk());
        assertThat(mailbox.countTo(email, 2)).isEqualTo(2);
    }

    @Test
    void duplicateEmailIsRefusedKeepingWhatWasTyped() throws Exception {
        signUp(email, PASSWORD);

        signUp(email.toUpperCase(), PASSWORD)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("An account with this email already exists")))
                .andExpect(content().string(containsString("value=\"" + email.toUpperCase() + "\"")))
                .andExpect(content().string(containsString("value=\"Session Drummer\"")));
        assertThat(jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void breachedOrShortPasswordsAreExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        signUp(email, "password1").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("breached passwords")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        signUp(email, "short").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at least 8 characters")));
        signUp("not-an-email", PASSWORD).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a valid email address")));

        assertThat(jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email))
                .isZero();
        assertThat(mailbox.countTo(email)).isZero();
    }

    @Test
    void unknownVerificationLinksAreExplained() throws Exception {
        confirm("/verify-email?token=made-up").andExpect(status().isGone())
                .andExpect(content().string(containsString("not valid")));
    }

    @Test
    void signUpWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-up").param("email", email).param("displayName", "X").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions signUp(String address, String password) throws Exception {
        return mvc.perform(post("/sign-up").with(csrf()).param("email", address).param("displayName", "Session Drummer")
                .param("password", password));
    }

    private org.springframework.test.web.servlet.ResultActions confirm(String link) throws Exception {
        String token = link.substring(link.indexOf("token=") + "token=".length());
        return mvc.perform(post("/verify-email").with(csrf()).param("token", token));
    }

    private Object verifiedAt(String address) {
        return jdbc.queryForObject("select email_verified_at from identity_account where email = ?", Object.class,
                address);
    }

    private String accountId(String address) {
        return jdbc.queryForObject("select id from identity_account where email = ?", UUID.class, address).toString();
    }
}
