package com.mediapatch.site.web;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.Browser.Viewport;
import com.mediapatch.browser.BrowserTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BrowserTest
class SitePagesBrowserTests {

    @Test
    void homePageWelcomesVisitorsAndLoadsHtmx(Browser browser) {
        browser.open("/");

        assertThat(browser.find("h1").getText()).contains("meet and make things");
        assertThat(browser.driver().getTitle()).isEqualTo("The Media Patch");
        assertThat(browser.script("return typeof window.htmx;")).isEqualTo("object");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/problems", "/problems/not-found", "/no/such/page"})
    void everyPageHasNoSeriousAccessibilityViolationsInLightAndDark(String path, Browser browser) {
        browser.open(path);
        browser.assertAccessible();
        browser.assertNoCspViolations();

        browser.emulate(Viewport.DESKTOP, true).open(path);
        browser.assertAccessible();
    }

    @Test
    void homePageFitsPhonesAndDesktopsInBothThemes(Browser browser) {
        for (Viewport viewport : Viewport.values()) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(viewport, dark).open("/");
                String name = "home-" + viewport.name().toLowerCase() + "-" + (dark ? "dark" : "light");

                browser.screenshot(name);
                assertThat(browser.fitsWidth()).as(name + " scrolls sideways").isTrue();
                browser.assertAccessible();
            }
        }
    }

    @Test
    void theContentSecurityPolicyBlocksInjectedInlineScript(Browser browser) {
        browser.open("/");
        browser.script("var s = document.createElement('script'); s.textContent = 'window.__ran = true;';"
                + " document.body.appendChild(s);");

        assertThat(browser.script("return window.__ran === true;")).isEqualTo(false);
        assertThatThrownBy(browser::assertNoCspViolations).hasMessageContaining("script-src");
    }

    @Test
    void themeToggleSwitchesToDarkAndRemembersIt(Browser browser) {
        browser.emulate(Viewport.DESKTOP, false).open("/");
        browser.find("[data-theme-toggle]").click();

        assertThat(browser.script("return document.documentElement.dataset.theme;")).isEqualTo("dark");
        assertThat(browser.find("[data-theme-toggle]").getAttribute("aria-pressed")).isEqualTo("true");

        browser.open("/problems");
        assertThat(browser.script("return document.documentElement.dataset.theme;")).isEqualTo("dark");
        assertThat(browser.script("return getComputedStyle(document.body).backgroundColor;"))
                .isEqualTo("rgb(19, 17, 26)");
    }

    @Test
    void skipLinkIsTheFirstKeyboardStopAndMovesFocusToTheContent(Browser browser) {
        browser.open("/");
        browser.find("body").sendKeys(Keys.TAB);

        assertThat(browser.script("return document.activeElement.className;")).isEqualTo("skip-link");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.script("return location.hash;")).isEqualTo("#main");
    }

    @Test
    void boostedNavigationSwapsThePageWithoutAFullReload(Browser browser) {
        browser.open("/");
        browser.script("window.__sameDocument = true;");
        browser.find("a[href='/problems']").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.titleIs(
                "Error reference · The Media Patch"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/problems");
        assertThat(browser.script("return window.__sameDocument === true;")).isEqualTo(true);
    }

    @Test
    void theApiDocumentationShowsSwaggerUiInsideTheSiteOnPhonesAndDesktops(Browser browser) {
        for (Viewport viewport : new Viewport[] {Viewport.PHONE, Viewport.WIDE}) {
            for (boolean dark : new boolean[] {false, true}) {
                String name = "api-docs-" + viewport.name().toLowerCase() + "-" + (dark ? "dark" : "light");
                browser.emulate(viewport, dark).open("/api/docs");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#swagger-ui .info .title"), "The Media Patch API"));
                assertThat(browser.find(".site-header .brand").isDisplayed()).as(name).isTrue();
                assertThat(browser.text("#swagger-ui")).as(name).contains("/api/v1/site");
                assertThat(browser.fitsWidth()).as(name + " scrolls sideways").isTrue();
                browser.assertNoCspViolations();
                browser.assertAccessible();
                browser.screenshot(name);
            }
        }
    }
}
