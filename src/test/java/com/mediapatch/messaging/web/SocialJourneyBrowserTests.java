package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people on two machines: a friend request, its acceptance, messages that arrive live in
 * the other window, and a block that ends it.
 */
@BrowserTest
class SocialJourneyBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    Profiles profiles;

    @Test
    void twoMembersBefriendEachOtherMessageLiveAndABlockEndsIt(Browser alice, Browser bob) {
        String aliceEmail = AccountFixtures.newEmail();
        String bobEmail = AccountFixtures.newEmail();
        String aliceHandle = handleOf(provisioning.provisionVerified(aliceEmail, AccountFixtures.PASSWORD, "Alto Sax Alice").orElseThrow());
        String bobHandle = handleOf(provisioning.provisionVerified(bobEmail, AccountFixtures.PASSWORD, "Bass Drum Bob").orElseThrow());
        signIn(alice, aliceEmail);
        signIn(bob, bobEmail);

        alice.open("/members/" + bobHandle);
        alice.find("button[data-action='request']").click();
        alice.find("button[data-action='cancel']");

        bob.open("/friends");
        bob.find("button[data-action='accept']").click();
        waitFor(bob, () -> bob.text("main").contains("Alto Sax Alice") && !bob.driver().findElements(
                By.cssSelector("button[data-action='accept']")).iterator().hasNext());

        alice.open("/messages").type("handle", bobHandle).find("form[action='/messages'] button[type=submit]").click();
        waitFor(alice, () -> alice.path().matches("/messages/[0-9a-f-]{36}"));
        String conversation = alice.path();
        bob.open(conversation);
        bob.find("#composer");

        alice.type("text", "Rehearsal at eight?").find("#composer button[type=submit]").click();
        waitFor(bob, () -> bob.text("#messages").contains("Rehearsal at eight?"));
        bob.type("text", "See you there").find("#composer button[type=submit]").click();
        waitFor(alice, () -> alice.text("#messages").contains("See you there"));
        alice.screenshot("journey-alice-conversation-desktop-light");
        bob.screenshot("journey-bob-conversation-desktop-light");
        alice.assertNoCspViolations();
        bob.assertNoCspViolations();

        bob.open("/members/" + aliceHandle);
        bob.find("button[data-action='block']").click();
        waitFor(bob, () -> bob.text("main").contains("You blocked"));

        alice.open(conversation);
        alice.type("text", "Are you still coming?").find("#composer button[type=submit]").click();
        waitFor(alice, () -> alice.text("main").contains("can't message"));
        bob.open("/messages");
        assertThat(bob.text("main")).doesNotContain("Are you still coming?");
        alice.screenshot("journey-alice-blocked-desktop-light");
    }

    private String handleOf(AccountId account) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> profiles.of(account), found -> found.isPresent()).orElseThrow()
                .handle();
    }

    private static void signIn(Browser browser, String email) {
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
    }

    private static void waitFor(Browser browser, BooleanSupplier condition) {
        // Pages reload under the condition's feet (boosted navigation, live inserts): look again rather than fail.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(driver -> condition.getAsBoolean());
    }
}
