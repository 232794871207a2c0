package com.mediapatch.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class SignOutBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Test
    void nothingOfAPrivatePageStaysInTheBrowserAfterSigningOut(Browser browser) {
        String name = "Private Person " + UUID.randomUUID().toString().substring(0, 6);
        String email = AccountFixtures.newEmail();
        provisioning.provisionVerified(email, AccountFixtures.PASSWORD, name).orElseThrow();
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.clickAndWait(".session-actions a[href='/settings/profile']", "/settings/profile");
        assertThat(browser.driver().getPageSource()).as("the private page shows the member's name").contains(name);

        // Boosted navigation away from the private page, then sign out the way a member does.
        browser.clickAndWait(".site-nav a[href='/members']", "/members");
        browser.clickAndWait(".session-actions form button[type=submit]", "/");

        String kept = (String) browser.script("return JSON.stringify(Object.assign({}, window.sessionStorage))"
                + " + JSON.stringify(Object.assign({}, window.localStorage));");
        assertThat(kept).doesNotContain(name).doesNotContain(email).doesNotContain("_csrf");
    }
}
