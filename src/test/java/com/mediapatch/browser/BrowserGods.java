package com.mediapatch.browser;

import java.time.Instant;

import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.internal.Totp;

/**
 * The God accounts of the browser tests that need one, named in one property value so those
 * tests share one application context instead of starting one each.
 */
public final class BrowserGods {

    /** Signs in as God in {@code GodModeBrowserTests}. */
    public static final String KEEPER = "browser-god@godmode.test";
    /** Visits every page in {@code EveryPageOnAPhoneBrowserTests}. */
    public static final String VISITOR = "phone-god@godmode.test";
    /** Searches from the crowded header in {@code SiteSearchBrowserTests}. */
    public static final String SEARCHER = "search-god@godmode.test";
    /** For {@code @TestPropertySource(properties = BrowserGods.PROPERTY)}. */
    public static final String PROPERTY = "mediapatch.god.emails=" + KEEPER + "," + VISITOR + "," + SEARCHER;

    private BrowserGods() {
    }

    /**
     * Signs a provisioned God in with two steps, as God Mode requires: turns on the authenticator with the password,
     * then signs in again with password and code. Ends on the home page.
     */
    public static void signInWithTwoSteps(Browser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.open("/settings/security").type("start-password", AccountFixtures.PASSWORD)
                .clickAndWait("form[action$='/authenticator/start'] button[type=submit]",
                        "/settings/security/authenticator/start");
        String secret = browser.find("#totp-secret").getAttribute("data-secret");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now())))
                .clickAndWait("form[action$='/authenticator/confirm'] button[type=submit]",
                        "/settings/security/authenticator/confirm");
        browser.driver().manage().deleteAllCookies();
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/sign-in/code");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1))
                .clickAndWait("main form.form button[type=submit]", "/");
    }
}
