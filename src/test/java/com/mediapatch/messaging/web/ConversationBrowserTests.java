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

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@BrowserTest
@Import(FakeSocialGraph.Config.class)
class ConversationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    Messenger messenger;

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

    private static void waitForText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text("#messages").contains(text));
    }
}
