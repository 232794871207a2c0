package com.mediapatch.social.web;

import java.time.Duration;
import java.util.List;

import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialGraph;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class FriendsBrowserTests {

    @Autowired
    SocialMembers members;

    @Autowired
    Relationships relationships;

    @Autowired
    SocialGraph graph;

    @Test
    void memberAnswersRequestsOnTheFriendsPageAndConnectsFromAProfile(Browser browser) {
        TestMember me = members.member("Lighthouse Keeper", Visibility.MEMBERS, List.of(Discipline.MUSICIAN),
                List.of("sea shanties"), "Plymouth");
        TestMember friend = members.member("Old Shipmate");
        TestMember asker = members.member("Eager Deckhand");
        TestMember mutual = members.member("Harbour Master");
        TestMember stranger = members.member("Passing Sailor", Visibility.EVERYONE, List.of(Discipline.MUSICIAN),
                List.of("Sea Shanties"), "Plymouth");
        relationships.accept(friend.id(), relationships.request(me.id(), friend.id()).request());
        relationships.accept(mutual.id(), relationships.request(friend.id(), mutual.id()).request());
        relationships.request(asker.id(), me.id());

        browser.open("/sign-in").type("email", me.email()).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.clickAndWait(".site-nav a[href='/friends']", "/friends");
        assertThat(browser.text("main")).contains("Friend requests", asker.name(), friend.name(),
                "People you may know", mutual.name(), "1 mutual friend", stranger.name());
        browser.assertAccessible();
        browser.screenshot("friends-desktop-light");
        browser.emulate(Browser.Viewport.PHONE, true).open("/friends");
        browser.assertAccessible();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("friends-phone-dark");
        browser.emulate(Browser.Viewport.DESKTOP, false);

        browser.clickAndWait("form[action='/friends/actions/" + asker.handle() + "/accept'] button", "/friends");
        assertThat(browser.text(".toasts")).contains("You are friends now.");
        assertThat(graph.areFriends(me.id(), asker.id())).isTrue();

        browser.open("/members/" + stranger.handle());
        browser.find("#connection-actions [data-action=request]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#connection-actions [data-action=cancel]")));
        assertThat(browser.text(".toasts")).contains("Friend request sent.");
        assertThat(browser.text("#connection-actions")).contains("Request sent");
        assertThat(browser.text(".profile__facts #friends-title")).contains("Friends");
        browser.assertAccessible();
        browser.screenshot("profile-actions-desktop-light");
        browser.emulate(Browser.Viewport.PHONE, true).open("/members/" + stranger.handle());
        browser.find("#connection-actions [data-action=cancel]");
        browser.assertAccessible();
        assertThat(browser.fitsWidth()).isTrue();
        browser.screenshot("profile-actions-phone-dark");
        browser.emulate(Browser.Viewport.DESKTOP, true).open("/members/" + stranger.handle());
        browser.find("#connection-actions [data-action=cancel]");
        browser.screenshot("profile-actions-desktop-dark");

        browser.clickAndWait("#connection-actions [data-action=block]", "/members/" + stranger.handle());
        assertThat(browser.text("main")).contains("You blocked @" + stranger.handle());
        browser.find("#connection-actions [data-action=unblock]");
        assertThat(graph.blockedBetween(me.id(), stranger.id())).isTrue();
        browser.emulate(Browser.Viewport.PHONE, false).open("/friends");
        browser.screenshot("friends-phone-light");
        browser.assertNoCspViolations();
    }

    @Test
    void visitorsKeptOutOfAMembersOnlyFriendListAreOfferedSignIn(Browser browser) {
        TestMember owner = members.member("Backstage Only", Visibility.MEMBERS);
        String path = "/friends/of/" + owner.handle();
        for (Browser.Viewport viewport : List.of(Browser.Viewport.PHONE, Browser.Viewport.WIDE)) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(viewport, dark).open(path);
                String name = "members-only-" + viewport.name().toLowerCase() + "-" + (dark ? "dark" : "light");
                browser.screenshot(name);
                assertThat(browser.fitsWidth()).as(name + " scrolls sideways").isTrue();
                browser.assertAccessible();
            }
        }
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in to see this");
        browser.find(".error-page__actions .button--primary").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sign-in"));
    }
}
