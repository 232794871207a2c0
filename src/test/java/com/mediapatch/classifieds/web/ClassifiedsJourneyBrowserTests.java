package com.mediapatch.classifieds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.places.Place;
import com.mediapatch.places.Places;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.search.SearchIndexes;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A band posts "Bassist wanted" on a desktop; a bass player on a phone sees it under Matches for you, finds it
 * by typing "basist", and replies; the band reads the reply in its messages.
 */
@BrowserTest
class ClassifiedsJourneyBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    Profiles profiles;

    @Autowired
    Places places;

    @Autowired
    SearchIndexes indexes;

    @Test
    void aBassistFindsTheBandsAdUnderMatchesAndByATypoAndReplies(Browser band, Browser bassist) {
        String tag = UniqueWords.next("zj");
        String bandEmail = AccountFixtures.newEmail();
        String bassistEmail = AccountFixtures.newEmail();
        provisioning.provisionVerified(bandEmail, AccountFixtures.PASSWORD, "Doom Lanterns").orElseThrow();
        AccountId player = provisioning.provisionVerified(bassistEmail, AccountFixtures.PASSWORD, "Low End Lou").orElseThrow();
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        String handle = await().atMost(Duration.ofSeconds(10)).until(() -> profiles.of(player), found -> found.isPresent())
                .orElseThrow().handle();
        profiles.update(player, new ProfileDetails(handle, "Low End Lou", "", List.of(), List.of("bass", tag), List.of("doom"),
                "Leeds", "GB", leeds.latitude(), leeds.longitude(), leeds.id(), null, null, null, null, null, null, null,
                List.of(), Visibility.MEMBERS, Theme.SYSTEM));
        await().atMost(Duration.ofSeconds(60)).until(indexes::ready);
        signIn(band, bandEmail);
        signIn(bassist, bassistEmail);

        band.open("/classifieds/new").type("title", "Bassist wanted " + tag)
                .type("description", "Slow, heavy and **loud**. Rehearsals on Tuesdays.").type("instruments", "bass, " + tag)
                .type("genres", "doom, sludge");
        new Select(band.find("#category")).selectByValue("MUSICIANS_WANTED");
        band.find("input[name=remote]").click();
        band.find("form.ad-editor button[type=submit]").click();
        waitFor(band, () -> band.path().matches("/classifieds/ads/[0-9a-f-]{36}"));
        String ad = band.path();
        band.find("form[action$='/publish'] button").click();
        waitFor(band, () -> band.text("main").contains("Published"));
        band.assertAccessible();
        band.assertNoCspViolations();
        band.screenshot("classifieds-ad-owner-desktop-light");

        bassist.emulate(Browser.Viewport.PHONE, true);
        bassist.open("/classifieds");
        waitFor(bassist, () -> bassist.text(".classifieds__matches").contains("Bassist wanted " + tag));
        assertThat(bassist.text(".classifieds__matches")).contains("plays bass");
        assertThat(bassist.fitsWidth()).isTrue();
        bassist.assertAccessible();
        bassist.screenshot("classifieds-matches-phone-dark");

        bassist.type("q", "basist " + tag);
        waitFor(bassist, () -> bassist.text("#ad-results").contains("Bassist wanted " + tag));
        bassist.assertNoCspViolations();
        bassist.open(ad).type("reply-text", "I play a five-string through two fridges. When can I come by?");
        bassist.find("form[action$='/reply'] button[type=submit]").click();
        waitFor(bassist, () -> bassist.path().matches("/messages/[0-9a-f-]{36}"));
        String conversation = bassist.path();
        assertThat(bassist.fitsWidth()).isTrue();

        band.open(conversation);
        waitFor(band, () -> band.text("#messages").contains("two fridges") && band.text("#messages").contains("Bassist wanted " + tag));
        band.screenshot("classifieds-reply-desktop-light");
    }

    private static void signIn(Browser browser, String email) {
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
    }

    private static void waitFor(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(driver -> condition.getAsBoolean());
    }
}
