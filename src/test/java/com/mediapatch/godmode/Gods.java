package com.mediapatch.godmode;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.mediapatch.MovableClock;
import com.mediapatch.identity.AccountFixtures;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The God account of the God Mode tests: verified, with an authenticator app, signed in with
 * a code once per test run (codes cannot be replayed), with recovery codes for step-ups.
 */
@TestComponent
public class Gods {

    public static final String EMAIL = "god@godmode.test";
    public static final String NOVICE_EMAIL = "novice-god@godmode.test";

    private static Cookie session;
    private static String secret;
    private static final Deque<String> recoveryCodes = new ArrayDeque<>();

    private final MockMvc mvc;
    private final AccountFixtures accounts;
    private final MovableClock clock;

    Gods(MockMvc mvc, AccountFixtures accounts, MovableClock clock) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A session of the God account that signed in with its second factor. */
    public synchronized Cookie session() throws Exception {
        if (session == null || !alive(session)) {
            clock.reset(); // authenticator codes are made from the real time
            if (secret == null) {
                accounts.verifiedMember("Keeper of the Patch", EMAIL);
                List<String> enrolled = accounts.enrolAuthenticatorWithRecoveryCodes(accounts.signIn(EMAIL));
                secret = enrolled.get(0);
                recoveryCodes.addAll(enrolled.subList(1, enrolled.size()));
            }
            session = accounts.signInWithCode(EMAIL, secret);
            if (session == null) {
                // Each authenticator code works once: a second sign-in within its 30 seconds needs a recovery code.
                session = accounts.signInWithSecondFactor(EMAIL, recoveryCodes.pop());
            }
        }
        return session;
    }

    /** Confirms the second factor again with a recovery code, as after the step-up window. */
    public void stepUp() throws Exception {
        if (recoveryCodes.isEmpty()) {
            String page = mvc.perform(post("/settings/security/recovery-codes").with(csrf()).cookie(session())
                    .param("password", AccountFixtures.PASSWORD)).andReturn().getResponse().getContentAsString();
            Matcher codes = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(page);
            while (codes.find()) {
                recoveryCodes.add(codes.group(1));
            }
        }
        mvc.perform(post(GodModeRoutes.STEP_UP).with(csrf()).cookie(session()).param("code", recoveryCodes.pop()));
    }

    private boolean alive(Cookie cookie) throws Exception {
        return mvc.perform(get("/settings/security").cookie(cookie)).andReturn().getResponse().getStatus() == 200;
    }
}
