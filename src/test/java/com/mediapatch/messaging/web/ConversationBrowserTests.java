package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.messaging.FakeSocialGraph;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.notifications.NotificationRaised;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@BrowserTest
@Import(FakeSocialGraph.Config.class)
class ConversationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Messenger messenger;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void memberChatsLiveWithCardsAndTheConversationPagesAreAccessible(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = AccountFixtures.newEmail();
        AccountId ada = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Ada Cello " + suffix).orElseThrow();
        AccountId bo = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD,
                "Bo Synth " + suffix).orElseThrow();
        UUID conversation = messenger.startDirect(bo, ada);
        messenger.send(conversation, ada, "Love it. The _bridge_ needs `more reverb`.\nTry the plate?");
        messenger.send(conversation, bo, "Hey! Here's the **demo** we talked about: https://youtu.be/dQw4w9WgXcQ");

        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.text("#unread-badge").contains("1"));
        browser.open(MessagingRoutes.CONVERSATIONS);
        assertThat(browser.text(".conversation-list")).contains("Bo Synth " + suffix, "Here's the");
        browser.assertAccessible();
        browser.screenshot("messages-list-desktop-light");

        browser.open(MessagingRoutes.conversation(conversation));
        assertThat(browser.text("#messages")).contains("demo", "YouTube", "Load player", "more reverb");
        assertThat(browser.driver().findElements(By.cssSelector("#messages iframe"))).isEmpty();
        browser.type("text", "Sending from the **browser**");
        browser.find("#composer button[type=submit]").click();
        waitForText(browser, "Sending from the browser");
        assertThat((String) browser.script("return document.getElementById('text').value;")).isEmpty();

        // Bo writes while Ada has the page open: it arrives over the stream without a reload.
        Object marker = browser.script("return document.querySelector('main').dataset.marker = 'same-page';");
        messenger.send(conversation, bo, "Arrived live " + suffix);
        waitForText(browser, "Arrived live " + suffix);
        assertThat(browser.script("return document.querySelector('main').dataset.marker;")).isEqualTo(marker);

        browser.assertAccessible();
        browser.assertNoCspViolations();
        browser.screenshot("conversation-desktop-light");
        browser.emulate(Browser.Viewport.DESKTOP, true).open(MessagingRoutes.conversation(conversation));
        browser.assertAccessible();
        browser.screenshot("conversation-desktop-dark");
        browser.emulate(Browser.Viewport.PHONE, false).open(MessagingRoutes.conversation(conversation));
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("conversation-phone-light");
        browser.emulate(Browser.Viewport.PHONE, true).open(MessagingRoutes.conversation(conversation));
        browser.assertAccessible();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("conversation-phone-dark");
        browser.assertNoCspViolations();
    }

    @Test
    void aConversationReachedByBoostedNavigationStillChatsLiveAndLoadsItsScriptOnce(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = AccountFixtures.newEmail();
        AccountId ada = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Ada Boost " + suffix).orElseThrow();
        AccountId bo = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD,
                "Bo Boost " + suffix).orElseThrow();
        UUID conversation = messenger.startDirect(bo, ada);
        messenger.send(conversation, bo, "Before you arrived " + suffix);

        browser.emulate(Browser.Viewport.DESKTOP, false).open("/sign-in").type("email", email)
                .type("password", AccountFixtures.PASSWORD).clickAndWait("main form.form button[type=submit]", "/");
        assertThat(scriptCount(browser, "messages")).as("the home page does not load messaging").isZero();
        browser.script("document.documentElement.dataset.sameTab = 'yes';");

        browser.clickAndWait(".site-nav a[href='" + MessagingRoutes.CONVERSATIONS + "']", MessagingRoutes.CONVERSATIONS);
        browser.clickAndWait(".conversation-row__title", MessagingRoutes.conversation(conversation));
        assertThat(browser.script("return document.documentElement.dataset.sameTab;")).as("boosted, not reloaded")
                .isEqualTo("yes");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("return window.MediaPatchMessages === true;")));
        waitUntilConnected(browser);

        browser.type("text", "Typed after a boosted arrival");
        browser.find("#composer button[type=submit]").click();
        waitForText(browser, "Typed after a boosted arrival");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(
                d -> "".equals(browser.script("return document.getElementById('text').value;")));
        messenger.send(conversation, bo, "Arrived live after boosting " + suffix);
        waitForText(browser, "Arrived live after boosting " + suffix);

        // Away and back again: the script stays loaded once, and a live message still shows once.
        browser.clickAndWait(".site-nav a[href='/members']", "/members");
        browser.clickAndWait(".site-nav a[href='" + MessagingRoutes.CONVERSATIONS + "']", MessagingRoutes.CONVERSATIONS);
        browser.clickAndWait(".conversation-row__title", MessagingRoutes.conversation(conversation));
        messenger.send(conversation, bo, "Second visit " + suffix);
        waitForText(browser, "Second visit " + suffix);
        assertThat(browser.script("return Array.prototype.filter.call(document.querySelectorAll('#messages li'),"
                + " function (li) { return li.textContent.indexOf('Second visit') >= 0; }).length;")).isEqualTo(1L);
        assertThat(scriptCount(browser, "messages")).isEqualTo(1L);
        assertThat(scriptCount(browser, "live")).isEqualTo(1L);
        assertThat(browser.script("return document.documentElement.dataset.sameTab;")).isEqualTo("yes");
        browser.assertNoCspViolations();
    }

    @Test
    void theBellCountsANewNotificationWithoutPollingOrReloading(Browser browser) {
        String email = AccountFixtures.newEmail();
        AccountId ada = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Ada Bell").orElseThrow();
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.driver().findElements(By.cssSelector("#notification-bell .bell")).size() > 0);
        assertThat(browser.driver().findElements(By.cssSelector(".bell__count"))).isEmpty();
        Object marker = browser.script("return document.querySelector('main').dataset.marker = 'same-page';");
        // Connected once the greeting has named this tab's connection.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("var h = {}; MediaPatchLive.headers(h); "
                        + "return Object.keys(h).length === 1;")));

        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new NotificationRaised(ada, "friend-request", "Bo wants to connect", "/friends", null, null)));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> String.valueOf(browser.script("var c = document.querySelector('#notification-bell .bell__count');"
                        + " return c ? c.textContent : '';")).startsWith("1"));
        assertThat(browser.script("return document.querySelector('main').dataset.marker;")).isEqualTo(marker);
        browser.assertNoCspViolations();
    }

    @Test
    void theSenderSeesOneCopyWhenTheLiveEventArrivesBeforeTheSendAnswer(Browser browser) {
        String email = AccountFixtures.newEmail();
        AccountId ada = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Ada Once").orElseThrow();
        AccountId bo = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD, "Bo Once")
                .orElseThrow();
        UUID conversation = messenger.startDirect(ada, bo);
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.open(MessagingRoutes.conversation(conversation));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("var h = {}; MediaPatchLive.headers(h); "
                        + "return Object.keys(h).length === 1;")));
        // As if the request came from another tab (no connection named, so the event is not held
        // back from this one), and the send answer arrives 1.5 s after the live event.
        browser.script("document.addEventListener('htmx:configRequest', function (e) {"
                + " Object.keys(e.detail.headers).forEach(function (k) {"
                + "  if (k.toLowerCase() === 'live-connection') { delete e.detail.headers[k]; } }); });"
                + "var send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.send = function (body) { var xhr = this, onload = xhr.onload;"
                + " xhr.onload = function () { var self = this, args = arguments;"
                + "  setTimeout(function () { window.liveFirst = !!document.querySelector('#messages li:last-child')"
                + "   && document.querySelector('#messages').textContent.indexOf('Only once') >= 0;"
                + "   onload.apply(self, args); }, 1500); };"
                + " return send.call(this, body); };");

        browser.type("text", "Only once, please");
        browser.find("#composer button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.script("return window.liveFirst;") != null);

        assertThat(browser.script("return window.liveFirst;")).isEqualTo(true);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(
                d -> "".equals(browser.script("return document.getElementById('text').value;")));
        assertThat(browser.script("return Array.prototype.filter.call(document.querySelectorAll('#messages li'),"
                + " function (li) { return li.textContent.indexOf('Only once') >= 0; }).length;")).isEqualTo(1L);
    }

    private static long scriptCount(Browser browser, String name) {
        return (Long) browser.script("return Array.prototype.filter.call(document.scripts, function (s) {"
                + " return /^\\/js\\/" + name + "(-[0-9a-f]{32})?\\.js$/.test(s.getAttribute('src') || ''); }).length;");
    }

    private static void waitUntilConnected(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(browser.script("var h = {}; MediaPatchLive.headers(h); "
                        + "return Object.keys(h).length === 1;")));
    }

        private static void waitForText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text("#messages").contains(text));
    }
}
