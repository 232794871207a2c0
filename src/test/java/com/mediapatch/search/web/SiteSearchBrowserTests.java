package com.mediapatch.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.Browser.Viewport;
import com.mediapatch.browser.BrowserGods;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;
import com.mediapatch.search.SearchReady;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The header's search box, typed into on a phone (inside the Menu sheet) and on desktops, signed out and as God. */
@BrowserTest
@TestPropertySource(properties = BrowserGods.PROPERTY)
class SiteSearchBrowserTests {

    private static final int LARGE_WIDTH = 1440;

    @Autowired
    SocialMembers members;
    @Autowired
    AdDesk desk;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    SearchIndexes indexes;

    String word;
    TestMember drummer;

    @BeforeEach
    void somethingToFind() {
        SearchReady.await(indexes);
        word = UniqueWords.next("zw");
        drummer = members.member("Drummer " + word, Visibility.EVERYONE, List.of(Discipline.MUSICIAN), List.of("Krautrock"),
                "Leeds");
        AdId ad = desk.create(drummer.id(), new AdDetails("Band wanted " + word, "Motorik beats, every Thursday.",
                Category.BANDS_AVAILABLE, List.of("drums"), List.of("krautrock"), Level.ANY, Commitment.HOBBY, false, List.of()),
                null);
        desk.publish(drummer.id(), ad);
    }

    @Test
    void signedOutTheBoxSearchesFromAnyPageOnDesktopsAndPhones(Browser browser) {
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Viewport.DESKTOP, dark).open("/members");
            assertThat(browser.headerInOneRow()).as("1280 px, " + theme).isTrue();
            browser.screenshot("site-search-header-1280-signed-out-" + theme);
            browser.find("#site-search-q").click();
            assertThat(browser.find("#site-search-q").getSize().getWidth()).as("widened while focused").isGreaterThan(300);
            browser.screenshot("site-search-header-1280-focused-" + theme);
            large(browser, dark).open("/classifieds");
            assertThat(browser.headerInOneRow()).as("1440 px, " + theme).isTrue();
            browser.screenshot("site-search-header-1440-signed-out-" + theme);
        }

        browser.emulate(Viewport.DESKTOP, false).open("/classifieds");
        submit(browser, "drummer " + word);
        assertThat(browser.text("main")).contains(drummer.name(), "Band wanted " + word, "See all 1 in Members",
                "See all 1 in Classifieds");
        browser.assertAccessible();
        browser.assertNoCspViolations();
        browser.screenshot("site-search-results-1280-light");
        browser.emulate(Viewport.DESKTOP, true);
        browser.screenshot("site-search-results-1280-dark");
        browser.clickAndWait("a.site-results__more[href^='/classifieds']", "/classifieds");
        assertThat(browser.text("main")).contains("Band wanted " + word);

        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Viewport.PHONE, dark).open("/");
            assertThat(browser.find("#site-search-q").isDisplayed()).as("inside the closed sheet").isFalse();
            browser.find(".menu-toggle").click();
            assertThat(browser.find("#site-search-q").isDisplayed()).as("first in the open sheet").isTrue();
            assertThat(browser.fitsWidth()).isTrue();
            browser.assertAccessible();
            browser.screenshot("site-search-phone-sheet-" + theme);
            submit(browser, "krautrock " + word);
            assertThat(browser.text("main")).contains(drummer.name(), "Band wanted " + word);
            assertThat(browser.fitsWidth()).isTrue();
            browser.assertAccessible();
            browser.screenshot("site-search-results-phone-" + theme);
        }

        browser.emulate(Viewport.PHONE, false).open("/search?q=x+%27+%3D+1");
        assertThat(browser.text("main")).contains("Type a word of two letters or more");
        browser.screenshot("site-search-too-short-phone-light");
        browser.open("/search?q=" + UniqueWords.next("zn"));
        assertThat(browser.text("main")).contains("Nothing matches", "Or browse");
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("site-search-nothing-phone-light");
    }

    @Test
    void aGodsFullHeaderKeepsOneRowWithTheBoxAndItSearches(Browser browser) {
        provisioning.provisionVerified(BrowserGods.SEARCHER, AccountFixtures.PASSWORD, "Searching God");
        BrowserGods.signInWithTwoSteps(browser, BrowserGods.SEARCHER);

        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Viewport.DESKTOP, dark).open("/god");
            assertThat(browser.text(".site-nav")).contains("Moderation", "God Mode");
            assertThat(browser.headerInOneRow()).as("God at 1280 px, " + theme).isTrue();
            browser.screenshot("site-search-header-1280-god-" + theme);
            browser.emulate(Viewport.WIDE, dark).open("/god");
            assertThat(browser.headerInOneRow()).as("God at 1366 px, " + theme).isTrue();
            browser.screenshot("site-search-header-1366-god-" + theme);
            large(browser, dark).open("/god");
            assertThat(browser.headerInOneRow()).as("God at 1440 px, " + theme).isTrue();
            browser.screenshot("site-search-header-1440-god-" + theme);
        }

        browser.emulate(Viewport.DESKTOP, false).open("/god");
        submit(browser, word);
        assertThat(browser.text("main")).contains(drummer.name());
        browser.assertAccessible();
        browser.screenshot("site-search-results-1280-god-light");

        browser.emulate(Viewport.PHONE, true).open("/god");
        browser.find(".menu-toggle").click();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("site-search-phone-sheet-god-dark");
        submit(browser, word);
        assertThat(browser.text("main")).contains(drummer.name());
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("site-search-results-phone-god-dark");
    }

    /** Types into the header's box and presses Enter, then waits for the search page. */
    private static void submit(Browser browser, String text) {
        String before = (String) browser.script("return document.querySelector('main').dataset.loadMarker = String(Math.random());");
        browser.find("#site-search-q").sendKeys(text + Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/search?q=")
                && !before.equals(browser.script("var main = document.querySelector('main'); "
                        + "return main ? (main.dataset.loadMarker || '') : '';")));
    }

    /** A large laptop screen, 1440 px wide. */
    private static Browser large(Browser browser, boolean dark) {
        browser.emulate(Viewport.DESKTOP, dark);
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", LARGE_WIDTH,
                "height", 900, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }
}
