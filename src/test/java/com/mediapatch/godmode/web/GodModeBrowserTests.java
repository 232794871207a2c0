package com.mediapatch.godmode.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserGods;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.CapabilitySettings;
import com.mediapatch.ai.internal.CapabilityStore;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.ai.internal.TestRecordings;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.identity.internal.Totp;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@BrowserTest
@TestPropertySource(properties = BrowserGods.PROPERTY)
class GodModeBrowserTests {

    static final String GOD = BrowserGods.KEEPER;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    ConnectionStore connections;

    @Autowired
    CapabilityStore capabilities;

    @Test
    void aGodSetsUpTwoStepSignInAndWorksTheDashboardAndConsole(Browser browser) throws Exception {
        provisioning.provisionVerified(GOD, AccountFixtures.PASSWORD, "Keeper of the Keys");
        browser.open("/sign-in").type("email", GOD).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        browser.open("/god");
        assertThat(browser.text("main")).contains("Almost there", "Turn on two-step sign-in");
        browser.assertAccessible();
        browser.screenshot("godmode-checklist-desktop-light");

        browser.open("/settings/security").type("start-password", AccountFixtures.PASSWORD)
                .clickAndWait("form[action$='/authenticator/start'] button[type=submit]", "/settings/security/authenticator/start");
        String secret = browser.find("#totp-secret").getAttribute("data-secret");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now())))
                .clickAndWait("form[action$='/authenticator/confirm'] button[type=submit]", "/settings/security/authenticator/confirm");
        browser.clickAndWait(".site-header form button[type=submit]", "/");

        browser.open("/sign-in").type("email", GOD).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/sign-in/code");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1)).clickAndWait("main form.form button[type=submit]", "/");

        browser.open("/god");
        assertThat(browser.text("main")).contains("System", "Community", "Recent security events");
        assertThat(browser.text(".site-nav")).contains("God Mode");
        browser.assertAccessible();
        browser.screenshot("godmode-dashboard-desktop-light");

        browser.open("/god/members");
        assertThat(browser.text("main")).contains(GOD);
        browser.assertAccessible();
        browser.screenshot("godmode-members-desktop-light");

        browser.open("/god/console").type("console-line", "help").clickAndWait(".console__form button[type=submit]", "/god/console");
        assertThat(browser.text(".console__output")).contains("user suspend @handle");
        browser.assertAccessible();
        browser.screenshot("godmode-console-desktop-light");

        browser.open("/god/audit").clickAndWait("form[action='/god/audit/verify'] button[type=submit]", "/god/audit/verify");
        assertThat(browser.text("main")).contains("The audit log is intact");
        browser.assertAccessible();
        browser.screenshot("godmode-audit-desktop-light");
        browser.assertNoCspViolations();

        browser.emulate(Browser.Viewport.WIDE, true).open("/god");
        assertThat(browser.text(".site-nav")).contains("Moderation", "God Mode");
        browser.screenshot("godmode-header-wide-dark");
        assertThat(browser.headerInOneRow()).as("the fullest header still fits one row at 1366 px").isTrue();
        browser.emulate(Browser.Viewport.DESKTOP, false).open("/god");
        browser.screenshot("godmode-header-desktop-light");
        assertThat(browser.headerInOneRow()).as("and at 1280 px").isTrue();

        browser.emulate(Browser.Viewport.PHONE, true).open("/god");
        browser.find(".menu-toggle").click();
        assertThat(browser.text(".site-menu")).contains("Moderation", "God Mode", "Messages");
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("godmode-menu-phone-dark");
        browser.find(".menu-toggle").click();
        browser.assertAccessible();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("godmode-dashboard-phone-dark");
        browser.open("/god/members");
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("godmode-members-phone-dark");

        browser.open("/god/ai");
        assertThat(browser.text(".settings-nav")).as("the AI panel is one of God Mode's tabs").contains("Overview", "AI");
        assertThat(browser.text("main")).contains("Capabilities", "Connections", "Add a connection");
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.screenshot("godmode-ai-phone-dark");
        browser.emulate(Browser.Viewport.DESKTOP, false).open("/god/ai");
        browser.assertAccessible();
        browser.screenshot("godmode-ai-desktop-light");
        dragALinkToTheTopOfItsChain(browser);

        // Music composed on this server plays in the page, from a recording only this God can fetch.
        browser.emulate(Browser.Viewport.PHONE, true).open("/god/ai/try/music").type("prompt", "slow doom riff in D minor");
        browser.clickAndWait("main form.form button[type=submit]", "/god/ai/try/music");
        assertThat(browser.text("main")).contains("Answered by in-process composer", "D minor · 48 bpm");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> (Boolean) browser.script(
                "var audio = document.querySelector('.ai-audio audio'); return audio.readyState >= 1 && audio.duration > 20;"));
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.assertNoCspViolations();
        browser.screenshot("godmode-ai-music-phone-dark");

        // A recording comes back as its sustained and struck parts, each playable.
        java.nio.file.Path take = java.nio.file.Files.createTempFile("take", ".wav");
        java.nio.file.Files.write(take, TestRecordings.toneWithClicks(2));
        browser.emulate(Browser.Viewport.DESKTOP, false).open("/god/ai/try/stems");
        browser.find("#audio").sendKeys(take.toString());
        browser.clickAndWait("main form.form button[type=submit]", "/god/ai/try/stems");
        assertThat(browser.text("main")).contains("Answered by in-process stem separation", "Sustained part (harmonic)",
                "Struck part (percussive)");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> (Boolean) browser.script(
                "return Array.from(document.querySelectorAll('.ai-audio audio')).every(a => a.readyState >= 1 && a.duration > 1.9);"));
        browser.assertAccessible();
        browser.screenshot("godmode-ai-stems-desktop-light");
        java.nio.file.Files.delete(take);
    }

    /** The second link of the embeddings chain is dragged above the first; the page reloads with the new order saved. */
    private void dragALinkToTheTopOfItsChain(Browser browser) {
        CapabilitySettings before = capabilities.get(Capability.EMBEDDINGS);
        AiConnection connection = connections.add(new ConnectionDraft("Studio server", ConnectionKind.OLLAMA,
                "http://127.0.0.1:9", "m", "e", "", 0, 0), Instant.now());
        capabilities.save(before.withChain(List.of(CapabilitySettings.LOCAL, connection.id().toString())));
        try {
            browser.open("/god/ai");
            browser.script("var items = document.querySelectorAll('#embeddings li[data-link]'); var moved = new DataTransfer();"
                    + "var top = items[0].getBoundingClientRect().top;"
                    + "items[1].dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: moved}));"
                    + "items[0].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: moved, clientY: top + 1}));"
                    + "items[0].dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: moved}));"
                    + "items[1].dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: moved}));");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> browser.text("body").contains("chain saved"));
            assertThat(browser.script("return document.querySelector('#embeddings li[data-link]').dataset.link;"))
                    .isEqualTo(connection.id().toString());
            assertThat(capabilities.get(Capability.EMBEDDINGS).chain()).containsExactly(connection.id().toString(),
                    CapabilitySettings.LOCAL);
        } finally {
            capabilities.save(before);
            connections.delete(connection.id());
        }
    }
}
