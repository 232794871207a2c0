package com.mediapatch.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * hands tests a {@link Browser} pointed at the application, and keeps a screenshot and the
 * page source under {@code target/browser/failures} when a test fails.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, AfterTestExecutionCallback,
        ParameterResolver {

    static final Path ARTIFACTS = Path.of(System.getProperty("mediapatch.test.artifacts", "target/browser"));

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
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
        Path profile = Files.createTempDirectory("mediapatch-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options(profile));
        Browser browser = new Browser(driver, profile);
        browser.watchCsp();
        context.getStore(NAMESPACE).put(Browser.class, browser);
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
        Optional.ofNullable(context.getStore(NAMESPACE).remove(Browser.class, Browser.class)).ifPresent(Browser::quit);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            browser(context).keepEvidence(ARTIFACTS.resolve("failures"),
                    context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = browser(context);
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        browser.reset("http://localhost:" + port);
        return browser;
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
