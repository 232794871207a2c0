package com.mediapatch.classifieds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.UniqueWords;
import com.mediapatch.classifieds.internal.AdDesk;
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
import com.mediapatch.search.SearchReady;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A band posts "Bassist wanted" on a desktop; a bass player on a phone sees it under Matches for you, finds it
 * by typing "basist", and replies; the band sees the unread count rise live, without a reload, and reads the reply. The bass player saves the search and
 * is alerted when the band publishes another matching ad, then says they are going to the band's gig and downloads
 * its .ics.
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

    @Autowired
    AdDesk desk;

    @Autowired
    EventDesk events;

    @Test
    void aBassistFindsTheBandsAdUnderMatchesAndByATypoAndReplies(Browser band, Browser bassist) {
        String tag = UniqueWords.next("zj");
        String bandEmail = AccountFixtures.newEmail();
        String bassistEmail = AccountFixtures.newEmail();
        AccountId bandId = provisioning.provisionVerified(bandEmail, AccountFixtures.PASSWORD, "Doom Lanterns").orElseThrow();
        AccountId player = provisioning.provisionVerified(bassistEmail, AccountFixtures.PASSWORD, "Low End Lou").orElseThrow();
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        String handle = await().atMost(Duration.ofSeconds(10)).until(() -> profiles.of(player), found -> found.isPresent())
                .orElseThrow().handle();
        profiles.update(player, new ProfileDetails(handle, "Low End Lou", "", List.of(), List.of("bass", tag), List.of("doom"),
                "Leeds", "GB", leeds.latitude(), leeds.longitude(), leeds.id(), null, null, null, null, null, null, null,
                List.of(), Visibility.MEMBERS, Theme.SYSTEM));
        SearchReady.await(indexes);
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

        waitFor(band, () -> band.text("#unread-badge").contains("1"));
        band.open(conversation);
        waitFor(band, () -> band.text("#messages").contains("two fridges") && band.text("#messages").contains("Bassist wanted " + tag));
        band.screenshot("classifieds-reply-desktop-light");

        bassist.open("/classifieds?q=" + tag);
        bassist.find("form[action='/classifieds/saved'] button[type=submit]").click();
        waitFor(bassist, () -> bassist.path().equals("/classifieds/saved"));
        AdId second = desk.create(bandId, new AdDetails("Second bassist wanted " + tag, "For the live shows.",
                Category.MUSICIANS_WANTED, List.of("bass"), List.of("doom"), Level.ANY, Commitment.HOBBY, false, List.of()), null);
        desk.publish(bandId, second);
        waitFor(bassist, () -> bassist.open("/notifications").text("main").contains("Second bassist wanted " + tag));

        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/London")).plusDays(4).truncatedTo(ChronoUnit.HOURS);
        UUID gig = events.create(bandId, new EventDraft(EventType.GIG, "Doom Lanterns live " + tag, "Loud.", "The Cellar",
                "2 Lane", null, leeds.id(), null, start.toLocalDateTime().toString(), start.plusHours(3).toLocalDateTime()
                        .toString(), "Europe/London", Repetition.NONE, "doom", true, null, null, null, null, ""));
        bassist.open(CalendarRoutes.event(gig)).find("#rsvp button[value=GOING]").click();
        waitFor(bassist, () -> bassist.text("#rsvp").contains("You: Going"));
        String ics = (String) bassist.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href$=\"event.ics\"]').href).then(r => r.text()).then(done);");
        assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Doom Lanterns live " + tag);
        assertThat(bassist.fitsWidth()).isTrue();
        bassist.assertAccessible();
        bassist.screenshot("classifieds-journey-rsvp-phone-dark");
    }

    @Test
    void onAPhoneTheFiltersOpenAsASheetOverTheResultsAndCloseByKeyboard(Browser browser) {
        String tag = UniqueWords.next("fs");
        AccountId poster = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD, "Sheet Tester")
                .orElseThrow();
        AdId ad = desk.create(poster, new AdDetails("Cellist available " + tag, "Chamber pop and film scores.",
                Category.MUSICIANS_AVAILABLE, List.of("cello", tag), List.of("chamber pop"), Level.ANY, Commitment.HOBBY,
                true, List.of()), null);
        desk.publish(poster, ad);
        String otherTag = UniqueWords.next("fo");
        AdId other = desk.create(poster, new AdDetails("Oboist available " + otherTag, "Reeds made by hand.",
                Category.MUSICIANS_AVAILABLE, List.of("oboe", otherTag), List.of("baroque"), Level.ANY, Commitment.HOBBY,
                false, List.of()), null);
        desk.publish(poster, other);
        SearchReady.await(indexes);
        String filtered = "/classifieds?instrument=" + tag + "&genre=chamber+pop";

        browser.emulate(Browser.Viewport.PHONE, false);
        browser.open(filtered);
        assertThat(browser.find(".filter-sheet").getDomProperty("open")).isEqualTo("false");
        assertThat(browser.text(".filter-sheet > summary")).contains("Filters", "2");
        assertThat(browser.text("#ad-results")).contains("Cellist available " + tag);

        browser.find(".filter-sheet > summary").click();
        waitFor(browser, () -> "instrument".equals(browser.script("return document.activeElement.id;")));
        assertThat((Boolean) browser.script("var panel = document.querySelector('.filter-sheet__panel').getBoundingClientRect();"
                + "return Math.abs(panel.bottom - window.innerHeight) < 1 && panel.top > 0"
                + " && document.documentElement.classList.contains('filter-sheet-open');")).isTrue();
        assertThat(browser.text(".filter-sheet__panel")).contains("Filters", "Close", "Instrument or role");
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.assertNoCspViolations();
        browser.screenshot("classifieds-filters-sheet-phone-light");

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(browser, () -> "false".equals(browser.find(".filter-sheet").getDomProperty("open")));
        assertThat((Boolean) browser.script("return document.activeElement.matches('.filter-sheet > summary')"
                + " && !document.documentElement.classList.contains('filter-sheet-open');")).isTrue();
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitFor(browser, () -> "true".equals(browser.find(".filter-sheet").getDomProperty("open")));
        browser.find("[data-filter-sheet-close]").click();
        waitFor(browser, () -> "false".equals(browser.find(".filter-sheet").getDomProperty("open")));

        browser.emulate(Browser.Viewport.PHONE, true);
        browser.open(filtered).find(".filter-sheet > summary").click();
        waitFor(browser, () -> "true".equals(browser.find(".filter-sheet").getDomProperty("open")));
        browser.assertAccessible();
        browser.screenshot("classifieds-filters-sheet-phone-dark");

        browser.emulate(Browser.Viewport.DESKTOP, false);
        browser.open(filtered);
        assertThat(browser.find(".filter-sheet").getDomProperty("open")).isEqualTo("true");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.filter-sheet__panel')).position;"))
                .isEqualTo("static");
        assertThat(browser.find(".filter-sheet__head").isDisplayed()).isFalse();

        // The facet counts follow the words typed, not only the filters applied.
        assertThat(facetText(browser.open("/classifieds?q=" + otherTag))).contains("oboe 1").doesNotContain("cello");
        browser.type("q", tag);
        waitFor(browser, () -> browser.text("#ad-results").contains("Cellist available " + tag));
        waitFor(browser, () -> facetText(browser).contains("cello 1") && !facetText(browser).contains("oboe"));
    }

    private static String facetText(Browser browser) {
        return ((String) browser.script("return document.getElementById('ad-facets').textContent;")).replaceAll("\\s+", " ");
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
