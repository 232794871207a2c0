package com.mediapatch.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.mediapatch.TestMailbox;
import com.mediapatch.identity.internal.Totp;

import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Creates verified members and signs them in through the real forms, for integration tests. */
@TestComponent
public class AccountFixtures {

    public static final String PASSWORD = "velvet thunder rehearsal";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final TestMailbox mailbox;

    AccountFixtures(MockMvc mvc, JdbcTemplate jdbc, @Value("${mediapatch.data-dir}") String dataDir) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.mailbox = new TestMailbox(dataDir);
    }

    public static String newEmail() {
        return "member-" + UUID.randomUUID() + "@example.org";
    }

    /** Signs up and follows the emailed verification link; returns the email. */
    public String verifiedMember(String displayName) throws Exception {
        return verifiedMember(displayName, newEmail());
    }

    /** Signs up with the given address and follows the emailed verification link. */
    public String verifiedMember(String displayName, String email) throws Exception {
        mvc.perform(post(IdentityRoutes.SIGN_UP).with(csrf()).param("email", email).param("displayName", displayName)
                .param("password", PASSWORD));
        String link = mailbox.linkPathIn(mailbox.latestTo(email));
        mvc.perform(post(IdentityRoutes.VERIFY_EMAIL).with(csrf())
                .param("token", link.substring(link.indexOf("token=") + 6)));
        // The profile is made by a listener after the sign-up commits; tests may look it up at once.
        UUID account = accountId(email).value();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from profiles_profile where account_id = ?", Long.class, account) == 1);
        return email;
    }

    /** Signs in through the form and returns the session cookie of the new session. */
    public Cookie signIn(String email, String password, String userAgent) throws Exception {
        MvcResult result = mvc.perform(signInRequest(email, password).header("User-Agent", userAgent)).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new AssertionError("Sign-in did not create a session: " + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    /** The sign-in form's POST, with a CSRF token; add headers or an address as needed. */
    public static MockHttpServletRequestBuilder signInRequest(String email, String password) {
        return post(IdentityRoutes.SIGN_IN).with(csrf()).param("email", email).param("password", password);
    }

    /** Whether the password sign-in of {@code email} succeeds right now (lands anywhere but back on the form). */
    public boolean signsIn(String email) throws Exception {
        String target = mvc.perform(signInRequest(email, PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        return target != null && !target.startsWith(IdentityRoutes.SIGN_IN);
    }

    public Cookie signIn(String email) throws Exception {
        return signIn(email, PASSWORD, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
    }

    public AccountId accountId(String email) {
        return new AccountId(jdbc.queryForObject("select id from identity_account where email = ?", UUID.class, email));
    }

    /** Turns on two-step sign-in for a signed-in member; returns the authenticator secret. */
    public String enrolAuthenticator(Cookie session) throws Exception {
        return enrolAuthenticatorWithRecoveryCodes(session).get(0);
    }

    /** Turns on two-step sign-in; returns the authenticator secret followed by the ten recovery codes. */
    public List<String> enrolAuthenticatorWithRecoveryCodes(Cookie session) throws Exception {
        String page = mvc.perform(post("/settings/security/authenticator/start").with(csrf()).cookie(session)
                .param("password", PASSWORD)).andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("data-secret=\"([A-Z2-7]+)\"").matcher(page);
        if (!secret.find()) {
            throw new AssertionError("No authenticator secret offered");
        }
        String confirmed = mvc.perform(post("/settings/security/authenticator/confirm").with(csrf()).cookie(session)
                .param("code", Totp.code(secret.group(1), Totp.step(Instant.now())))).andReturn().getResponse().getContentAsString();
        List<String> secretAndCodes = new ArrayList<>(List.of(secret.group(1)));
        Matcher codes = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(confirmed);
        while (codes.find()) {
            secretAndCodes.add(codes.group(1));
        }
        return secretAndCodes;
    }

    /** Signs in with password and the next authenticator code; returns the new session cookie. */
    public Cookie signInWithCode(String email, String secret) throws Exception {
        return signInWithSecondFactor(email, Totp.code(secret, Totp.step(Instant.now()) + 1));
    }

    /** Signs in with password and the given code (authenticator or recovery); null when the code is refused. */
    public Cookie signInWithSecondFactor(String email, String code) throws Exception {
        Cookie pending = mvc.perform(signInRequest(email, PASSWORD)).andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(post(IdentityRoutes.SIGN_IN_CODE).with(csrf()).cookie(pending)
                .param("code", code)).andReturn().getResponse().getCookie("SESSION");
    }

    public void assignRole(String email, String role) {
        jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) "
                + "values (?, ?, ?, current_timestamp)", accountId(email).value(), role, accountId(email).value());
    }

    public TestMailbox mailbox() {
        return mailbox;
    }
}
