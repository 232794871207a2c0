package com.mediapatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class MainNavigationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    SocialMembers members;
    @Autowired
    Relationships relationships;
    @Autowired
    Messenger messenger;

    @Test
    void wideScreensShowEveryEntryInOneRowAndPhonesReachThemThroughTheMenu(Browser browser) {
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Menu Walker");
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(Browser.Viewport.WIDE, dark).open("/members");
            assertThat(browser.text(".site-nav")).contains("Home", "Members", "Friends", "Classifieds", "Events", "Messages");
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
            assertThat(browser.text(".site-menu")).contains("Home", "Members", "Friends", "Classifieds", "Events", "Notifications",
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

    @Test
    void onPhonesTheBarReadsBellThenMenuAndTheClosedMenuShowsNewMessagesLive(Browser browser) {
        TestMember reader = members.member("Dot Reader");
        TestMember writer = members.member("Dot Writer");
        relationships.accept(writer.id(), relationships.request(reader.id(), writer.id()).request());
        UUID conversation = messenger.startDirect(writer.id(), reader.id());
        browser.emulate(Browser.Viewport.PHONE, false).open("/sign-in").type("email", reader.email())
                .type("password", AccountFixtures.PASSWORD).clickAndWait("main form.form button[type=submit]", "/");
        browser.open("/members");
        waitUntilConnected(browser);

        browser.script("document.querySelector('.brand').focus();");
        assertThat(tabAndDescribe(browser)).as("after the brand, the bell").contains("/notifications");
        assertThat(tabAndDescribe(browser)).as("then Menu").contains("menu-toggle");
        assertThat(tabAndDescribe(browser)).as("then the theme").contains("theme-toggle");
        assertThat(menuName(browser)).isEqualTo("Menu");
        assertThat(browser.find(".menu-toggle").getAttribute("class")).doesNotContain("menu-toggle--news");

        Object marker = browser.script("return document.querySelector('main').dataset.marker = 'same-page';");
        messenger.send(conversation, writer.id(), "Are you free on Friday?");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.find(".menu-toggle").getAttribute("class").contains("menu-toggle--news"));
        assertThat(browser.script("return document.querySelector('main').dataset.marker;")).as("without a reload")
                .isEqualTo(marker);
        assertThat(menuName(browser)).isEqualTo("Menu, new in Messages");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.menu-toggle'), '::after').content;"))
                .as("the dot is drawn").isNotEqualTo("none");
        for (boolean dark : new boolean[] {false, true}) {
            browser.emulate(Browser.Viewport.PHONE, dark);
            assertThat(browser.fitsWidth()).isTrue();
            browser.screenshot("main-nav-phone-new-messages-" + (dark ? "dark" : "light"));
        }
        browser.assertAccessible();

        browser.emulate(Browser.Viewport.PHONE, false);
        browser.find(".menu-toggle").sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.getAttribute('href');")).as("opening moves into the sheet")
                .isEqualTo("/");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.menu-toggle'), '::after').content;"))
                .as("no dot on the open menu: the count shows in it").isEqualTo("none");
        assertThat(browser.text(".site-nav a[href='/messages']")).contains("1");
        browser.screenshot("main-nav-phone-open-new-messages-light");
    }

    private static String tabAndDescribe(Browser browser) {
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        return (String) browser.script("var e = document.activeElement; return e.className + ' ' + e.getAttribute('href');");
    }

    private static String menuName(Browser browser) {
        return ((String) browser.script("return document.querySelector('.menu-toggle').textContent;")).replaceAll("\\s+", " ")
                .trim();
    }

    private static void waitUntilConnected(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("var h = {}; MediaPatchLive.headers(h); "
                        + "return Object.keys(h).length === 1;")));
    }
}
