package com.mediapatch.profiles.web;

import java.util.List;
import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Theme;
import com.mediapatch.profiles.Visibility;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ProfileBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    Profiles profiles;

    @Test
    void memberEditsTheirProfileAndTheDirectoryAndProfilePagesAreAccessible(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = AccountFixtures.newEmail();
        AccountId account = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Harbour Lights " + suffix)
                .orElseThrow();
        profiles.update(account, new ProfileDetails("harbour-lights-" + suffix, "Harbour Lights " + suffix,
                "Indie folk band from the coast.\n\n- three voices\n- one *very* old piano", List.of(Discipline.BAND),
                List.of("vocals", "piano"), List.of("indie folk"), "Bristol", "GB", null, null, null, null, null, null, null,
                "https://harbour-lights.bandcamp.com", null, null, List.of(), Visibility.EVERYONE, Theme.SYSTEM));

        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.open("/settings/profile");
        browser.assertAccessible();
        browser.type("city", "Bristol Harbourside");
        browser.find("#section-location button[type=submit]").click();
        browser.waitForText(".toasts", "Location saved.");
        browser.open("/members/harbour-lights-" + suffix);

        assertThat(browser.text("main")).contains("Harbour Lights " + suffix, "Bristol Harbourside, United Kingdom",
                "indie folk", "Bandcamp", "Edit profile");
        browser.assertAccessible();
        browser.screenshot("profile-desktop-light");
        browser.assertNoCspViolations();

        browser.open("/members?q=" + suffix);
        assertThat(browser.text(".member-grid")).contains("Harbour Lights " + suffix);
        browser.assertAccessible();
        browser.emulate(Browser.Viewport.PHONE, true).open("/members/harbour-lights-" + suffix);
        browser.assertAccessible();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("profile-phone-dark");
    }
}
