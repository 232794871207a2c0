package com.mediapatch.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import com.mediapatch.SocialCoreFakes;
import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.identity.internal.Totp;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.moderation.internal.ReportDesk;
import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.notifications.internal.NotificationFixtures;
import com.mediapatch.profiles.Profiles;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@BrowserTest
@Import({SocialCoreFakes.class, NotificationFixtures.class})
class NotificationsAndModerationBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    NotificationFixtures notifications;

    @Autowired
    ReportDesk reports;

    @Autowired
    Profiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aModeratorReadsNotificationsAndWorksTheQueue(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "moderator-" + suffix + "@example.org";
        AccountId moderator = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, "Mira Moderator").orElseThrow();
        AccountId reported = provisioning.provisionVerified("loud-" + suffix + "@example.org", AccountFixtures.PASSWORD,
                "Loud Larry " + suffix).orElseThrow();
        AccountId reporter = provisioning.provisionVerified("fair-" + suffix + "@example.org", AccountFixtures.PASSWORD,
                "Fair Fran " + suffix).orElseThrow();
        String handle = profiles.of(reported).orElseThrow().handle();
        reports.file(reporter, TargetType.MEMBER, "@" + handle, ReportCategory.SPAM, "Posts the same link in every chat.");
        reports.file(moderator, TargetType.MEMBER, "@" + handle, ReportCategory.HARASSMENT, null);
        notifications.raise(moderator, "friend-request", "The Night Owls sent you a friend request", "/members", reporter);
        notifications.raise(moderator, "message", "Fair Fran sent you a message", "/members", reporter);
        notifications.raise(moderator, "mention", "Ada mentioned you in “Tuesday jam”", "/members", null);
        jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) "
                + "values (?, 'moderator', ?, current_timestamp)", moderator.value(), moderator.value());

        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.open("/settings/security").type("start-password", AccountFixtures.PASSWORD)
                .clickAndWait("form[action$='/authenticator/start'] button[type=submit]", "/settings/security/authenticator/start");
        String secret = browser.find("#totp-secret").getAttribute("data-secret");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now())))
                .clickAndWait("form[action$='/authenticator/confirm'] button[type=submit]", "/settings/security/authenticator/confirm");
        browser.clickAndWait(".site-header form button[type=submit]", "/");
        browser.open("/sign-in").type("email", email).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/sign-in/code");
        browser.type("code", Totp.code(secret, Totp.step(Instant.now()) + 1)).clickAndWait("main form.form button[type=submit]", "/");

        browser.open(NotificationRoutes.CENTRE);
        assertThat(browser.text("main")).contains("3 unread", "The Night Owls sent you a friend request", "Mark all as read");
        waitForBadge(browser, "3");
        browser.assertAccessible();
        browser.screenshot("notifications-desktop-light");
        browser.clickAndWait(".notification:first-child button[type=submit]", "/members");
        browser.open(NotificationRoutes.CENTRE);
        assertThat(browser.text("main")).contains("2 unread");
        browser.emulate(Browser.Viewport.PHONE, true).open(NotificationRoutes.CENTRE);
        waitForBadge(browser, "2");
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.screenshot("notifications-phone-dark");

        browser.open(NotificationRoutes.SETTINGS);
        browser.assertAccessible();
        browser.screenshot("notification-settings-phone-dark");

        browser.emulate(Browser.Viewport.DESKTOP, false).open(ModerationRoutes.QUEUE);
        assertThat(browser.text("main")).contains("Loud Larry " + suffix, "2 reports", "Spam × 1");
        browser.assertAccessible();
        browser.screenshot("moderation-queue-desktop-light");
        // Other tests' cases share the queue: open the one this test reported.
        String caseLink = browser.driver().findElements(By.cssSelector(".case-card__title")).stream()
                .filter(title -> title.getText().contains("Loud Larry " + suffix)).findFirst().orElseThrow().getAttribute("href");
        browser.open(URI.create(caseLink).getPath());
        assertThat(browser.text("main")).contains("Posts the same link in every chat.", "Resolve");
        browser.assertAccessible();
        browser.screenshot("moderation-case-desktop-light");
        browser.emulate(Browser.Viewport.PHONE, true).open(ModerationRoutes.QUEUE);
        assertThat(browser.fitsWidth()).isTrue();
        browser.assertAccessible();
        browser.screenshot("moderation-queue-phone-dark");
        browser.open(ModerationRoutes.reportMember(handle));
        browser.assertAccessible();
        browser.screenshot("report-form-phone-dark");
        browser.assertNoCspViolations();
    }

    private static void waitForBadge(Browser browser, String count) {
        for (int i = 0; i < 50 && browser.driver().findElements(org.openqa.selenium.By.cssSelector(".bell__count")).isEmpty(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(browser.text(".bell__count")).startsWith(count);
    }
}
