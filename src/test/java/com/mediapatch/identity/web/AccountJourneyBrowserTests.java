package com.mediapatch.identity.web;

import com.mediapatch.TestMailbox;
import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;

import com.mediapatch.identity.internal.Totp;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class AccountJourneyBrowserTests {

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @Test
    void signUpVerifyEnrolAuthenticatorSignInWithCodeAndEndAnotherSession(Browser browser) {
        String email = AccountFixtures.newEmail();
        browser.open("/").clickAndWait("a[href='/sign-up']", "/sign-up");
        browser.assertAccessible();
        browser.type("email", email).type("displayName", "Keys Player").type("password", AccountFixtures.PASSWORD)
                .clickAndWait("form.form button[type=submit]", "/verify-email/sent");
        assertThat(browser.text("main")).contains("Check your inbox", email);

        TestMailbox mailbox = new TestMailbox(dataDir);
        browser.open(mailbox.linkPathIn(mailbox.latestTo(email)));
        browser.assertAccessible();
        browser.clickAndWait("main form button[type=submit]", "/sign-in");
        assertThat(browser.text(".toasts")).contains("Your email is confirmed");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo(email);

        browser.type("password", AccountFixtures.PASSWORD).clickAndWait("main form.form button[type=submit]", "/");
        assertThat(browser.text(".site-header")).contains("Settings", "Sign out");

        browser.open("/settings/security");
        browser.type("start-password", AccountFixtures.PASSWORD)
                .clickAndWait("form[action$='/authenticator/start'] button[type=submit]", "/settings/security/authenticator/start");
        browser.assertAccessible();
        browser.screenshot("security-authenticator-setup");
        browser.assertNoCspViolations();
        String secret = browser.find("#totp-secret").getAttribute("data-secret");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now())))
                .clickAndWait("form[action$='/authenticator/confirm'] button[type=submit]", "/settings/security/authenticator/confirm");
        List<String> recoveryCodes = browser.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
                .map(WebElement::getText).toList();
        assertThat(recoveryCodes).hasSize(10);
        browser.screenshot("security-recovery-codes");

        browser.clickAndWait(".site-header form button[type=submit]", "/");
        assertThat(browser.text(".site-header")).contains("Sign in", "Join");
        browser.open("/settings/sessions");
        assertThat(browser.path()).isEqualTo("/sign-in");

        browser.type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/sign-in/code");
        browser.assertAccessible();
        browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1))
                .clickAndWait("main form.form button[type=submit]", "/");
        assertThat(browser.text(".site-header")).contains("Sign out");

        SecondDevice laptop = new SecondDevice(browser.baseUrl());
        assertThat(laptop.signIn(email, AccountFixtures.PASSWORD, recoveryCodes.get(0))).isEqualTo(browser.baseUrl() + "/");
        assertThat(laptop.statusOf("/settings/sessions")).isEqualTo(200);
        browser.open("/settings/sessions");
        assertThat(browser.text(".session-list")).contains("This device", "Firefox on Windows");
        browser.assertAccessible();
        browser.screenshot("devices-and-sessions");
        browser.assertNoCspViolations();
        browser.clickAndWait(".session:not(.session--current) form button[type=submit]", "/settings/sessions");
        assertThat(browser.text(".toasts")).contains("That session has been signed out.");
        assertThat(browser.text(".session-list")).doesNotContain("Firefox on Windows");
        assertThat(laptop.statusOf("/settings/sessions")).isEqualTo(302);
    }

    @Test
    void formErrorsAreShownNextToTheirFieldsAndKeepWhatWasTyped(Browser browser) {
        browser.open("/sign-up").type("email", "not-an-email").type("displayName", "Keeps This")
                .type("password", "password1");
        browser.find("form.form button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".field__error")).isEmpty());

        assertThat(browser.text("#email-error")).contains("valid email address");
        assertThat(browser.text("#password-error")).contains("breached");
        assertThat(browser.find("#displayName").getAttribute("value")).isEqualTo("Keeps This");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
    }

    @Test
    void signInAndResetPagesAreAccessibleInBothThemes(Browser browser) {
        for (String path : new String[] {"/sign-in", "/sign-in?error=credentials", "/password-reset"}) {
            browser.open(path);
            browser.assertAccessible();
            browser.emulate(Browser.Viewport.PHONE, true).open(path);
            browser.assertAccessible();
            browser.emulate(Browser.Viewport.DESKTOP, false);
        }
        browser.open("/sign-up");
        browser.screenshot("sign-up-desktop-light");
        browser.emulate(Browser.Viewport.PHONE, true).open("/sign-up");
        browser.screenshot("sign-up-phone-dark");
        assertThat(browser.fitsWidth()).isTrue();
    }
}
