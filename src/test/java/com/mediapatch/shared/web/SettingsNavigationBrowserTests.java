package com.mediapatch.shared.web;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SettingsNavigationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Test
    void theContributedSettingsNavigationAndTheScopeListFitAPhoneAndAreAccessible(Browser browser) {
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Nav Walker");
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        browser.open("/settings/messages");
        assertThat(browser.text(".settings-nav")).contains("Profile", "Notifications", "Messages", "Devices & sessions");
        browser.assertAccessible();
        browser.screenshot("settings-nav-desktop-light");

        browser.emulate(Browser.Viewport.PHONE, true).open("/settings/messages");
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.screenshot("settings-nav-phone-dark");

        browser.open("/settings/tokens");
        assertThat(browser.text("main")).contains("messages:read", "notifications:write", "reports:write");
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.screenshot("settings-tokens-scopes-phone-dark");
    }
}
