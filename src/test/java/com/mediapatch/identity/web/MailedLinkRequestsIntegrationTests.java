package com.mediapatch.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mediapatch.IntegrationTest;
import com.mediapatch.SqlStatements;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.IdentityRoutes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Asking for a reset link, or for the verification link again, by address: the request thread does the same
 * work (the same SQL statements, none of them a look-up of the address) and gives the same answer whether or
 * not the address has an account; only the mail thread learns which, and the known address gets its mail.
 */
@IntegrationTest
@Import(SqlStatements.Counting.class)
class MailedLinkRequestsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;

    @Test
    void askingForAResetLinkDoesTheSameWorkWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String known = accounts.verifiedMember("Reset Known");
        String unknown = AccountFixtures.newEmail();

        askingDoesTheSameWork(IdentityRoutes.PASSWORD_RESET, known, unknown);

        assertThat(TestMailbox.subject(accounts.mailbox().latestTo(known))).contains("Reset your password");
        assertThat(accounts.mailbox().countTo(unknown)).isZero();
    }

    @Test
    void askingForTheVerificationLinkAgainDoesTheSameWorkWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String known = AccountFixtures.newEmail();
        mvc.perform(post(IdentityRoutes.SIGN_UP).with(csrf()).param("email", known).param("displayName", "Resend Known")
                .param("password", AccountFixtures.PASSWORD));
        assertThat(accounts.mailbox().countTo(known, 1)).isEqualTo(1);
        String unknown = AccountFixtures.newEmail();

        askingDoesTheSameWork(IdentityRoutes.RESEND_VERIFICATION, known, unknown);

        assertThat(accounts.mailbox().countTo(known, 2)).isEqualTo(2);
        assertThat(accounts.mailbox().countTo(unknown)).isZero();
    }

    private void askingDoesTheSameWork(String path, String known, String unknown) throws Exception {
        ask(path, "warm up");
        Asked forKnown = ask(path, known);
        Asked forUnknown = ask(path, unknown);
        assertThat(forKnown.sql()).isEqualTo(forUnknown.sql()).noneMatch(sql -> sql.contains("identity_account"));
        assertThat(forKnown.answer(known)).isEqualTo(forUnknown.answer(unknown));
    }

    private Asked ask(String path, String email) throws Exception {
        SqlStatements.textsSinceLastAsked();
        MockHttpServletResponse response = mvc.perform(post(path).with(csrf()).param("email", email)).andReturn().getResponse();
        return new Asked(SqlStatements.textsSinceLastAsked(), response);
    }

    /** What one request did on its own thread, and what it answered. */
    private record Asked(List<String> sql, MockHttpServletResponse response) {

        /** Status, headers and body, with the address asked about and the per-request ids taken out. */
        String answer(String email) throws Exception {
            Map<String, List<String>> headers = new TreeMap<>();
            for (String name : response.getHeaderNames()) {
                headers.put(name, response.getHeaders(name).stream().map(value -> withoutIds(value, email)).toList());
            }
            return response.getStatus() + "\n" + headers + "\n" + withoutIds(response.getContentAsString(), email);
        }

        private static String withoutIds(String text, String email) {
            return text.replace(email, "ADDRESS").replaceAll("nonce-[A-Za-z0-9+/=_-]+", "nonce-ID")
                    .replaceAll("nonce=\"[^\"]*\"", "nonce=\"ID\"").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                    .replaceAll("data-token=\"[^\"]*\"", "")
                    .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
        }
    }
}
