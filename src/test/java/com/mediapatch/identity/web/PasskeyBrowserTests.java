package com.mediapatch.identity.web;

import java.time.Duration;

import com.mediapatch.CleanDatabaseOncePerRun;
import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserExtension;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys end to end, with Chromium's virtual authenticator standing in for a fingerprint
 * reader. Browsers bind passkeys to an exact origin, so this test serves on a fixed port.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {"server.port=18473",
        "mediapatch.identity.passkeys.allowed-origins=http://localhost:18473"})
@Import(CleanDatabaseOncePerRun.class)
@ExtendWith(BrowserExtension.class)
class PasskeyBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Test
    void memberAddsAPasskeyAndSignsInWithItWithoutAPassword(Browser browser) {
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Passkey Person");
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver())
                .addVirtualAuthenticator(new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                        .setHasUserVerification(true).setIsUserVerified(true));
        try {
            browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                    .clickAndWait("main form.form button[type=submit]", "/");
            browser.open("/settings/security").type("passkey-label", "Test laptop")
                    .type("passkey-password", AccountFixtures.PASSWORD)
                    .clickAndWait("form[action$='/passkeys'] button[type=submit]", "/settings/security/passkeys");
            browser.assertAccessible();
            browser.find("[data-passkey-register]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElements(org.openqa.selenium.By.id("passkey-list")).isEmpty());
            assertThat(browser.text("#passkey-list")).contains("Test laptop");
            assertThat(authenticator.getCredentials()).hasSize(1);

            browser.clickAndWait(".site-header form button[type=submit]", "/");
            browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                    .clickAndWait("main form.form button[type=submit]", "/sign-in/code");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("code"))).isEmpty();
            browser.assertAccessible();
            browser.find("[data-passkey-sign-in]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals("/"));
            assertThat(browser.text(".site-header")).contains("Sign out");

            browser.clickAndWait(".site-header form button[type=submit]", "/");
            browser.open("/sign-in");
            browser.find("[data-passkey-sign-in]").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals("/"));
            browser.open("/settings/sessions");
            assertThat(browser.path()).isEqualTo("/settings/sessions");
            assertThat(browser.text(".session-list")).contains("This device");
        } finally {
            ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(authenticator);
        }
    }

    @Test
    void registeringAPasskeyWithoutRecheckingThePasswordIsRefused(Browser browser) {
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Hasty Person");
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        Object status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const csrf = document.getElementById('csrf');
                fetch('/webauthn/register/options', {method: 'POST', headers: {[csrf.dataset.header]: csrf.dataset.token}})
                    .then(r => done(r.status));
                """);
        assertThat(status).isEqualTo(403L);
    }
}
