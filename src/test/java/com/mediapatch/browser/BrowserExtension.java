package com.mediapatch.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class with the system's driver (never a download),
 * hands tests a {@link Browser} pointed at the application (a test taking two Browser
 * parameters gets two separate browsers, as two people on two machines), and keeps a screenshot and the
 * page source under {@code target/browser/failures} when a test fails.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback,
        ParameterResolver {

    static final Path ARTIFACTS = Path.of(System.getProperty("mediapatch.test.artifacts", "target/browser"));

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
    private static final int MAX_BROWSERS = 2;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        String missing = "no Chromium at " + CHROMIUM + " or no driver at " + DRIVER
                + ". Install them with: sudo apt-get install chromium chromium-driver"
                + " (or set CHROMIUM_BINARY and CHROMEDRIVER_BINARY).";
        if (!installed && Boolean.parseBoolean(System.getenv("MEDIAPATCH_BROWSER_REQUIRED"))) {
            throw new IllegalStateException("Browser tests are required here but " + missing);
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: " + missing);
        context.getStore(NAMESPACE).put(key(0), start());
    }

    private static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("mediapatch-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        Browser browser = new Browser(new ChromeDriver(service, options(profile)), profile);
        browser.watchCsp();
        return browser;
    }

    /** The test class's store, so a browser started for one test lives until the class is done. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE);
    }

    private static String key(int index) {
        return Browser.class.getName() + "#" + index;
    }

    private static ChromeOptions options(Path profile) {
        return new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--window-size=1280,900", "--user-data-dir=" + profile);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (int index = 0; index < MAX_BROWSERS; index++) {
            Optional.ofNullable(context.getStore(NAMESPACE).remove(key(index), Browser.class)).ifPresent(Browser::quit);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (int index = 0; index < MAX_BROWSERS; index++) {
                Browser browser = classStore(context).get(key(index), Browser.class);
                if (browser != null) {
                    browser.keepEvidence(ARTIFACTS.resolve("failures"), context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + (index == 0 ? "" : "-" + (index + 1)));
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int index = (int) Arrays.stream(parameter.getDeclaringExecutable().getParameters()).limit(parameter.getIndex())
                .filter(earlier -> earlier.getType() == Browser.class).count();
        if (index >= MAX_BROWSERS) {
            throw new IllegalStateException("A browser test takes at most " + MAX_BROWSERS + " browsers");
        }
        Browser browser = classStore(context).getOrComputeIfAbsent(key(index), missing -> {
            try {
                return start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Browser.class);
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        browser.reset("http://localhost:" + port);
        return browser;
    }

}
