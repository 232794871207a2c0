package com.mediapatch.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** A real Chromium tab on the application under test, with the checks end-to-end tests share. */
public final class Browser {

    /** Screen sizes the layout is designed for: the smallest phone, a laptop and the commonest wide laptop. */
    public enum Viewport {
        PHONE(360, 780, true), DESKTOP(1280, 900, false), WIDE(1366, 768, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final ChromeDriver driver;
    private final Path profile;
    private String baseUrl;

    Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Types into the field labelled by its id, replacing what was there. */
    public Browser type(String id, String text) {
        WebElement field = find("#" + id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the page (or boosted swap) at {@code expectedPath}, query string aside. */
    public Browser clickAndWait(String cssSelector, String expectedPath) {
        String before = (String) script("return document.querySelector('main').dataset.loadMarker = String(Math.random());");
        find(cssSelector).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            String path = path();
            boolean arrived = path.equals(expectedPath) || path.startsWith(expectedPath + "?");
            return arrived && !before.equals(script("var main = document.querySelector('main'); return main ? (main.dataset.loadMarker || '') : '';"));
        });
        return this;
    }

    /**
     * Waits until the first element matching the selector shows the text (after an htmx swap, say). An element
     * swapped out while it is read is looked up again.
     */
    public Browser waitForText(String cssSelector, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(cssSelector));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
        return this;
    }

    public String path() {
        return (String) script("return location.pathname + location.search;");
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public Browser emulate(Viewport viewport, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
                "height", viewport.height, "deviceScaleFactor", 1, "mobile", viewport.mobile));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        return this;
    }

    /** True when nothing on the page is wider than the viewport (no sideways scrolling). */
    public boolean fitsWidth() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /**
     * True when the site header's brand, navigation entries, session actions and theme toggle sit in one row,
     * left to right without overlapping (nothing wrapped below, squeezed over the brand or clipped).
     */
    public boolean headerInOneRow() {
        return (Boolean) script("var row = document.querySelector('.site-header__inner').getBoundingClientRect();"
                + "var rects = Array.from(document.querySelectorAll('.brand, .site-nav li, .session-actions, .theme-toggle'))"
                + ".map(function (e) { return e.getBoundingClientRect(); }).filter(function (r) { return r.height > 0; });"
                + "return rects.every(function (r, i) { return Math.abs((r.top + r.bottom) / 2 - (row.top + row.bottom) / 2) < 8"
                + " && r.left >= row.left - 1 && r.right <= row.right + 1 && (i === 0 || r.left >= rects[i - 1].right - 1); });");
    }

    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(this);
    }

    /** Fails if the page broke its Content-Security-Policy (inline script, foreign resource...). */
    @SuppressWarnings("unchecked")
    public void assertNoCspViolations() {
        List<String> violations = (List<String>) script("return window.__cspViolations || [];");
        if (!violations.isEmpty()) {
            throw new AssertionError("CSP violations on " + driver.getCurrentUrl() + ": " + violations);
        }
    }

    /** Saves the whole page, not just the viewport, as a PNG under the artifacts folder. */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Object data = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        return write(BrowserExtension.ARTIFACTS.resolve("screenshots").resolve(name + ".png"),
                Base64.getDecoder().decode((String) data));
    }

    void keepEvidence(Path folder, String name) {
        write(folder.resolve(name + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
        write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Records every CSP violation of every page this tab loads, for {@link #assertNoCspViolations()}. */
    void watchCsp() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e =>
                    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
                """));
    }

    /** Before each test: fresh origin state, default screen and colour scheme. */
    void reset(String baseUrl) {
        this.baseUrl = baseUrl;
        driver.get(baseUrl + "/favicon.svg");
        driver.manage().deleteAllCookies();
        script("window.localStorage.clear();");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
