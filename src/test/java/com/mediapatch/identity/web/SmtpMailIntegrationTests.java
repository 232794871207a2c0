package com.mediapatch.identity.web;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** With an SMTP host configured, account mail is sent over SMTP instead of written to the mailbox folder. */
@IntegrationTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class SmtpMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Test
    void verificationMailGoesOutOverSmtp() throws Exception {
        String email = AccountFixtures.newEmail();
        mvc.perform(post("/sign-up").with(csrf()).param("email", email).param("displayName", "Smtp Reader")
                .param("password", AccountFixtures.PASSWORD));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(TestMailbox.text(received)).contains("/verify-email?token=");
        assertThat(accounts.mailbox().countTo(email)).isZero();
    }
}
