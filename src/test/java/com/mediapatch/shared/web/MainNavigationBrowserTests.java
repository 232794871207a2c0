package com.mediapatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class MainNavigationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Test
    void wideScreensShowEveryEntryInOneRowAndPhonesReachThemThroughTheMenu(Browser browser) {
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Menu Walker");
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(Browser.Viewport.WIDE, dark).open("/members");
            assertThat(browser.text(".site-nav")).contains("Home", "Members", "Friends", "API", "Messages");
            assertThat(browser.find(".menu-toggle").isDisplayed()).isFalse();
            assertThat(browser.headerInOneRow()).isTrue();
            browser.assertAccessible();
            browser.screenshot("main-nav-wide-" + (dark ? "dark" : "light"));
        }

        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(Browser.Viewport.PHONE, dark).open("/members");
            assertThat(browser.find(".site-nav a[href='/members']").isDisplayed()).as("closed until asked for").isFalse();
            assertThat(browser.find(".site-nav .bell").isDisplayed()).as("the bell stays in the bar").isTrue();
            browser.find(".menu-toggle").click();
            assertThat(browser.find(".menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.text(".site-menu")).contains("Home", "Members", "Friends", "API", "Notifications",
                    "Messages", "Settings", "Sign out");
            assertThat(browser.fitsWidth()).isTrue();
            browser.assertAccessible();
            browser.screenshot("main-nav-phone-open-" + (dark ? "dark" : "light"));

            browser.find(".menu-toggle").sendKeys(Keys.ESCAPE);
            assertThat(browser.find(".site-nav a[href='/members']").isDisplayed()).as("Escape closes the menu").isFalse();
            assertThat(browser.fitsWidth()).isTrue();
            browser.screenshot("main-nav-phone-" + (dark ? "dark" : "light"));
        }

        browser.find(".menu-toggle").click();
        browser.clickAndWait(".site-nav a[href='/friends']", "/friends");
        assertThat(browser.find(".site-nav a[href='/members']").isDisplayed()).as("a new page starts with the menu closed")
                .isFalse();
    }
}
