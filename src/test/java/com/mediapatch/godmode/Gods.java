package com.mediapatch.godmode;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.servlet.http.Cookie;

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

    Gods(MockMvc mvc, AccountFixtures accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** A session of the God account that signed in with its second factor. */
    public synchronized Cookie session() throws Exception {
        if (session == null || !alive(session)) {
            if (secret == null) {
                accounts.verifiedMember("Keeper of the Patch", EMAIL);
                List<String> enrolled = accounts.enrolAuthenticatorWithRecoveryCodes(accounts.signIn(EMAIL));
                secret = enrolled.get(0);
                recoveryCodes.addAll(enrolled.subList(1, enrolled.size()));
            }
            session = accounts.signInWithCode(EMAIL, secret);
        }
        return session;
    }

    /** Confirms the second factor again with a recovery code, as after the step-up window. */
    public void stepUp() throws Exception {
        mvc.perform(post(GodModeRoutes.STEP_UP).with(csrf()).cookie(session()).param("code", recoveryCodes.pop()));
    }

    private boolean alive(Cookie cookie) throws Exception {
        return mvc.perform(get("/settings/security").cookie(cookie)).andReturn().getResponse().getStatus() == 200;
    }
}
