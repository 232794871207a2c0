package com.mediapatch.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.calendar.CalendarRoutes;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.classifieds.UniqueWords;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The events pages on the smallest phone and a laptop, light and dark: the list, a search typed letter by letter,
 * the month, an event and the form, Matches for you and a saved search all fit, pass the accessibility checks and
 * are kept as screenshots to look at.
 */
@BrowserTest
class EventsBrowserTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    EventDesk desk;

    @Autowired
    Places places;

    @Autowired
    Profiles profiles;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    Clock clock;

    @Test
    void theEventsPagesFitPhonesAndLaptopsInBothThemes(Browser browser) {
        String tag = UniqueWords.next("eb");
        String email = AccountFixtures.newEmail();
        AccountId organiser = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Harbour Lights Collective").orElseThrow();
        UUID jam = desk.create(organiser, draft(EventType.JAM_SESSION, "Jazz jam at the harbour " + tag, 26, Repetition.WEEKLY,
                "jazz, soul", true, "The Lantern Rooms"));
        desk.create(organiser, draft(EventType.OPEN_MIC, "Open mic night with a rather long title to see how it wraps " + tag, 50,
                Repetition.NONE, "folk", false, "Community hall"));
        desk.create(organiser, draft(EventType.GIG, "Doom double bill " + tag, 75, Repetition.NONE, "doom, sludge", false,
                "The Cellar"));
        SearchReady.await(indexes);
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        for (Browser.Viewport viewport : new Browser.Viewport[] {Browser.Viewport.PHONE, Browser.Viewport.DESKTOP}) {
            for (boolean dark : new boolean[] {false, true}) {
                String suffix = (viewport == Browser.Viewport.PHONE ? "phone" : "desktop") + (dark ? "-dark" : "-light");
                browser.emulate(viewport, dark);
                check(browser, CalendarRoutes.EVENTS, "events-list-" + suffix);
                browser.type("q", "jazz jm " + tag);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                        .until(driver -> !browser.text("#event-results").contains("Doom double bill " + tag));
                assertThat(browser.text("#event-results")).contains("Jazz jam at the harbour " + tag);
                assertThat(browser.path()).contains("q=jazz").contains(tag);
                check(browser, null, "events-search-" + suffix);
                check(browser, CalendarRoutes.EVENTS + "?type=JAM_SESSION&free=true&genre=jazz", "events-filtered-" + suffix);
                // Set filters show open on wide screens; on phones they wait closed, counted on their button.
                assertThat(browser.find(".events__more .filter-sheet").getDomProperty("open"))
                        .isEqualTo(viewport == Browser.Viewport.DESKTOP ? "true" : "false");
                assertThat(browser.text(".events__more summary")).contains("3");
                if (viewport == Browser.Viewport.PHONE) {
                    browser.find(".events__more summary").click();
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> "type".equals(
                            browser.script("return document.activeElement.id;")));
                    assertThat((Boolean) browser.script("var panel = document.querySelector('.events__more .filter-sheet__panel')"
                            + ".getBoundingClientRect(); return Math.abs(panel.bottom - window.innerHeight) < 1;")).isTrue();
                    browser.assertAccessible();
                    browser.screenshot("events-filters-sheet-" + suffix);
                }
                check(browser, CalendarRoutes.EVENTS + "?view=month", "events-month-" + suffix);
                check(browser, CalendarRoutes.event(jam), "event-page-" + suffix);
                check(browser, CalendarRoutes.NEW, "event-form-" + suffix);
            }
        }
    }

    @Test
    void aMemberSeesMatchesForThemAndKeepsASearchThatWillAlertThem(Browser browser) throws Exception {
        String genre = UniqueWords.next("mg");
        AccountId organiser = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD,
                "Quayside Sessions").orElseThrow();
        desk.create(organiser, draft(EventType.GIG, "Late set at the quay " + genre, 30, Repetition.NONE, genre, true,
                "The Boathouse"));
        String email = AccountFixtures.newEmail();
        AccountId member = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Marta Quayle").orElseThrow();
        Place leeds = places.named("Leeds", "GB").orElseThrow();
        for (int wait = 0; wait < 100 && profiles.of(member).isEmpty(); wait++) {
            Thread.sleep(100);
        }
        profiles.update(member, new ProfileDetails(profiles.of(member).orElseThrow().handle(), "Marta Quayle", "", List.of(),
                List.of(), List.of(genre), "Leeds", "GB", leeds.latitude(), leeds.longitude(), leeds.id(), null, null, null,
                null, null, null, null, List.of(), Visibility.MEMBERS, Theme.SYSTEM));
        SearchReady.await(indexes);
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");

        for (Browser.Viewport viewport : new Browser.Viewport[] {Browser.Viewport.PHONE, Browser.Viewport.DESKTOP}) {
            String suffix = viewport == Browser.Viewport.PHONE ? "phone" : "desktop";
            browser.emulate(viewport, viewport == Browser.Viewport.DESKTOP);
            check(browser, CalendarRoutes.EVENTS, "events-matches-" + suffix);
            assertThat(browser.text(".events__matches")).contains("Late set at the quay " + genre).contains(genre + " \u00b7 ");
        }
        browser.open(CalendarRoutes.EVENTS + "?genre=" + genre);
        browser.type("feed-label", "Quay gigs");
        browser.clickAndWait("button[formaction='" + CalendarRoutes.SEARCHES + "']", CalendarRoutes.MINE);
        check(browser, null, "events-saved-search-desktop");
        assertThat(browser.text("#saved-searches + p + ul, #saved-searches ~ ul")).contains("Quay gigs");
        browser.emulate(Browser.Viewport.PHONE, false);
        check(browser, CalendarRoutes.MINE, "events-saved-search-phone");
    }

    private static void check(Browser browser, String path, String screenshot) {
        if (path != null) {
            browser.open(path);
        }
        browser.find("main");
        browser.screenshot(screenshot);
        assertThat(browser.fitsWidth()).as(screenshot + " fits the width").isTrue();
        browser.assertAccessible();
        browser.assertNoCspViolations();
    }

    private EventDraft draft(EventType type, String title, int hours, Repetition repetition, String genres, boolean free,
            String venue) {
        ZonedDateTime start = clock.instant().plus(Duration.ofHours(hours)).atZone(ZoneId.of("Europe/London"))
                .truncatedTo(ChronoUnit.HOURS);
        return new EventDraft(type, title, "Bring an instrument or just **listen**.", venue, "12 Quay Street", null,
                places.named("Leeds", "GB").orElseThrow().id(), null, LOCAL.format(start), LOCAL.format(start.plusHours(3)),
                "Europe/London", repetition, genres, free, free ? null : "£6 on the door", null, 18, 40, "");
    }
}
