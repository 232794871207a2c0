package com.mediapatch.profiles.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.Availability;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.internal.TestImages;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ProfileEditorBrowserTests {

    private static final String THIRD_PARTY_REQUESTS = "return performance.getEntriesByType('resource').map(function (e) "
            + "{ return e.name; }).filter(function (n) { return n.indexOf(location.origin) !== 0; });";

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    Profiles profiles;

    private final Map<AccountId, String> emails = new HashMap<>();

    @Test
    void skillsAreEditedAsChipsWithSuggestionsAndSavedWithTheirSection(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String word = "qx" + suffix.replaceAll("[0-9]", "q");
        member("Drumline " + suffix, List.of(word + "drums"), null);
        AccountId account = member("Tag Editor " + suffix, List.of("vocals", "piano"), null);
        signIn(browser, account);

        browser.open("/settings/profile");
        assertThat(browser.text("#section-craft [data-tag-chips]")).contains("vocals", "piano");
        WebElement entry = browser.find("#skills");
        assertThat(entry.getAttribute("data-tag-entry")).isNotNull();

        entry.sendKeys(word.substring(0, 4));
        browser.find("#skills-suggestions option[value='" + word + "drums']");
        entry.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        entry.sendKeys("synth", Keys.ENTER);
        entry.sendKeys("modular,");
        assertThat(browser.text("#section-craft [data-tag-chips]")).contains("synth", "modular");
        browser.find("[data-tag-remove][aria-label='Remove piano from Skills and instruments']").sendKeys(Keys.ENTER);
        assertThat(browser.text("#section-craft [data-tag-chips]")).doesNotContain("piano");
        entry.sendKeys(Keys.BACK_SPACE);
        assertThat(browser.text("#section-craft [data-tag-chips]")).doesNotContain("modular");

        browser.find("#section-craft button[type=submit]").click();
        browser.waitForText(".toasts", "Skills & genres saved.");

        assertThat(profiles.details(account).orElseThrow().skills()).containsExactlyInAnyOrder("vocals", "synth");
        browser.assertAccessible();
        browser.assertNoCspViolations();
    }

    @Test
    void photosUploadAndPlayersLoadOnlyWhenAsked(Browser browser) throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AccountId account = member("Night Owls " + suffix, List.of("drums", "synth"),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        signIn(browser, account);
        String handle = profiles.of(account).orElseThrow().handle();

        browser.open("/settings/profile");
        browser.find("#photo-file").sendKeys(file(TestImages.png(640, 480)).toString());
        browser.find("#section-images form[action$='/photo'] button[type=submit]").click();
        browser.waitForText(".toasts", "Photo saved.");
        // Without htmx: a plain multipart post, CSRF token in the form, through the real servlet container.
        browser.find("#banner-file").sendKeys(file(TestImages.jpeg(1600, 600)).toString());
        browser.script("document.querySelector(\"#section-images form[action$='/banner']\").submit();");
        browser.waitForText(".toasts", "Banner saved.");
        assertThat(browser.find("#section-images .image-editor__banner").getTagName()).isEqualTo("img");
        browser.assertAccessible();
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Browser.Viewport.PHONE, dark).open("/settings/profile");
            assertThat(browser.fitsWidth()).isTrue();
            browser.screenshot("profile-editor-phone-" + theme);
            browser.emulate(Browser.Viewport.WIDE, dark).open("/settings/profile");
            browser.screenshot("profile-editor-desktop-" + theme);
        }

        browser.emulate(Browser.Viewport.WIDE, false).open("/members/" + handle);
        assertThat(browser.find(".profile__header .avatar__photo").getAttribute("src")).contains("/images/");
        assertThat(browser.find(".profile__banner").getAttribute("src")).contains("/banner");
        assertThat(browser.driver().findElements(By.tagName("iframe"))).isEmpty();
        assertThat((List<?>) browser.script(THIRD_PARTY_REQUESTS)).isEmpty();
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Browser.Viewport.PHONE, dark).open("/members/" + handle);
            assertThat(browser.fitsWidth()).isTrue();
            browser.screenshot("profile-work-phone-" + theme);
            browser.emulate(Browser.Viewport.WIDE, dark).open("/members/" + handle);
            browser.screenshot("profile-work-desktop-" + theme);
        }
        browser.assertAccessible();

        browser.find(".profile__work [data-load-player]").click();
        WebElement player = browser.find(".profile__work iframe.embed-card__player");
        assertThat(player.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        browser.assertNoCspViolations();
    }

    @Test
    void theLocationSectionPicksACityFromSuggestionsByKeyboard(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AccountId account = member("City Picker " + suffix, List.of("bass"), null);
        signIn(browser, account);

        // Reached by boosted navigation from a page that does not name the picker: app.js adds its script.
        browser.open("/settings/messages").clickAndWait(".settings-nav a[href='/settings/profile']", "/settings/profile");
        WebElement city = browser.find("#section-location #city");
        city.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        city.sendKeys("Manch");
        browser.waitForText("#city-options", "Manchester");
        assertThat(city.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#city-options").getRect().getY())
                .as("the suggestions open under the input, never over it or its label")
                .isGreaterThanOrEqualTo(city.getRect().getY() + city.getRect().getHeight() - 1);
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            browser.emulate(Browser.Viewport.PHONE, dark);
            assertThat(browser.fitsWidth()).isTrue();
            browser.script("document.getElementById('section-location').scrollIntoView();");
            browser.screenshot("profile-editor-city-picker-phone-" + theme);
            browser.emulate(Browser.Viewport.WIDE, dark);
            browser.screenshot("profile-editor-city-picker-desktop-" + theme);
        }
        browser.assertAccessible();

        city.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(city.getAttribute("value")).isEqualTo("Manchester");
        assertThat(browser.find("#section-location #placeId").getAttribute("value")).isNotEmpty();
        assertThat(browser.find("#section-location #country").getAttribute("value")).isEqualTo("GB");
        browser.find("#section-location button[type=submit]").click();
        browser.waitForText(".toasts", "Location saved.");

        assertThat(profiles.details(account).orElseThrow().city()).isEqualTo("Manchester");
        assertThat(profiles.details(account).orElseThrow().latitude()).isBetween(53.4, 53.5);
        assertThat((Long) browser.script("return document.querySelectorAll('script[src*=\"/js/city-picker\"]').length;"))
                .isEqualTo(1L);
        browser.assertNoCspViolations();
    }

    private AccountId member(String name, List<String> skills, String youtube) {
        String email = AccountFixtures.newEmail();
        AccountId account = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, name).orElseThrow();
        String handle = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        profiles.update(account, new ProfileDetails(handle, name, "We play at night.", List.of(Discipline.BAND), skills,
                List.of("synthwave"), "Leeds", "GB", null, null, null, null, youtube, null, null,
                "https://nightowls.bandcamp.com/album/first-light", null, null, List.of(Availability.GIGS, Availability.SESSIONS),
                Visibility.EVERYONE, Theme.SYSTEM));
        emails.put(account, email);
        return account;
    }

    private void signIn(Browser browser, AccountId account) {
        browser.open("/sign-in").type("email", emails.get(account)).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
    }

    private static Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("upload", ".img");
        file.toFile().deleteOnExit();
        return Files.write(file, bytes);
    }
}
