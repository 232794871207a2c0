package com.mediapatch.profiles.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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
import com.mediapatch.security.CaptureAttempted;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/** Screen-capture deterrence on a members-only profile, in a real browser. */
@BrowserTest
@Import(CaptureGuardBrowserTests.Recorded.class)
class CaptureGuardBrowserTests {

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    Profiles profiles;

    @Autowired
    Recorded recorded;

    @BeforeEach
    void forget() {
        recorded.attempts.clear();
    }

    @Test
    void aMembersOnlyProfileCarriesTheViewersWatermarkWithoutGettingInTheWay(Browser browser) {
        String viewer = openProtectedProfile(browser).viewerHandle();

        Map<?, ?> mark = watermark(browser);
        assertThat((String) mark.get("text")).matches("@" + viewer + " · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        assertThat(((Number) mark.get("opacity")).doubleValue()).isBetween(0.05, 0.15);
        assertThat(mark.get("pointerEvents")).isEqualTo("none");
        assertThat(mark.get("ariaHidden")).isEqualTo("true");
        assertThat(mark.get("coversContent")).isEqualTo(true);
        assertThat(mark.get("linkOnTop")).as("the watermark never takes clicks").isEqualTo(true);

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('[data-protected]')).display;"))
                .isEqualTo("none");
        assertThat(browser.text(".print-notice")).isEqualTo("Protected content is not printed.");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        String path = browser.path();
        for (Browser.Viewport viewport : Browser.Viewport.values()) {
            for (boolean dark : new boolean[] {false, true}) {
                browser.emulate(viewport, dark).open(path);
                assertThat((String) watermark(browser).get("text")).startsWith("@" + viewer + " · ");
                assertThat(browser.fitsWidth()).isTrue();
                browser.assertAccessible();
                browser.screenshot("capture-guard-" + viewport.name().toLowerCase() + "-" + (dark ? "dark" : "light"));
            }
        }
        browser.assertNoCspViolations();
    }

    @Test
    void protectedTextCannotBeCopiedDraggedOrRightClicked(Browser browser) {
        openProtectedProfile(browser);

        assertThat(prevented(browser, "copy", ".profile__name")).isTrue();
        assertThat(prevented(browser, "cut", ".prose-content p")).isTrue();
        assertThat(prevented(browser, "contextmenu", ".profile__name")).isTrue();
        assertThat(prevented(browser, "dragstart", ".profile__handle")).isTrue();
        assertThat(prevented(browser, "copy", ".site-footer p")).as("unprotected text copies as usual").isFalse();
        assertThat(browser.script("return getComputedStyle(document.querySelector('[data-protected]')).userSelect;"))
                .isEqualTo("none");
    }

    @Test
    void protectedContentIsBlurredWhileTheWindowIsLeftOrHidden(Browser browser) {
        openProtectedProfile(browser);

        browser.script("window.dispatchEvent(new Event('blur'));");
        assertThat(blurred(browser)).isTrue();
        browser.screenshot("capture-guard-window-left");
        browser.script("window.dispatchEvent(new Event('focus'));");
        assertThat(blurred(browser)).isFalse();

        browser.script("Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        assertThat(blurred(browser)).isTrue();
        browser.script("delete document.visibilityState; document.dispatchEvent(new Event('visibilitychange'));");
        assertThat(blurred(browser)).isFalse();
        browser.assertNoCspViolations();
    }

    @Test
    void printScreenShieldsThePageForAMomentAndIsRecorded(Browser browser) {
        Opened opened = openProtectedProfile(browser);

        browser.script("document.body.dispatchEvent(new KeyboardEvent('keyup',"
                + " {key: 'PrintScreen', code: 'PrintScreen', keyCode: 44, bubbles: true}));");

        assertThat(shielded(browser)).isTrue();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !recorded.attempts.isEmpty());
        assertThat(recorded.attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.path()).isEqualTo("/members/" + opened.ownerHandle());
            assertThat(attempt.client()).isEqualTo("member:" + opened.viewer());
            assertThat(attempt.userAgent()).contains("Chrome");
        });
        new WebDriverWait(browser.driver(), Duration.ofSeconds(6)).until(d -> !shielded(browser));
        browser.assertNoCspViolations();
    }

    /** Who looks at whose members-only profile. */
    private record Opened(AccountId viewer, String viewerHandle, String ownerHandle) {
    }

    /** Signs a member in and follows a boosted link from the directory to another's members-only profile. */
    private Opened openProtectedProfile(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String owner = "quiet-room-" + suffix;
        member(owner, "The Quiet Room", Visibility.MEMBERS,
                "Late-night ambient sessions.\n\nNew material is shared here with members first.",
                AccountFixtures.newEmail());
        String viewerEmail = AccountFixtures.newEmail();
        AccountId viewer = member("night-owls-" + suffix, "Night Owls", Visibility.EVERYONE, "", viewerEmail);

        browser.open("/sign-in").type("email", viewerEmail).type("password", AccountFixtures.PASSWORD)
                .clickAndWait("main form.form button[type=submit]", "/");
        browser.open("/members?q=" + owner).clickAndWait("a.member-card__name", "/members/" + owner);
        browser.find("[data-protected] > .watermark");
        return new Opened(viewer, "night-owls-" + suffix, owner);
    }

    private AccountId member(String handle, String name, Visibility visibility, String bio, String email) {
        AccountId account = provisioning.provisionVerified(email, AccountFixtures.PASSWORD, name).orElseThrow();
        profiles.update(account, new ProfileDetails(handle, name, bio, List.of(Discipline.MUSICIAN),
                List.of("synthesizer", "tape loops"), List.of("ambient", "drone"), "Glasgow", "GB", null, null, null,
                "https://quiet-room.example", null, null, null, "https://quiet-room.bandcamp.com", null, null, List.of(),
                visibility, Theme.SYSTEM));
        return account;
    }

    /** What the overlay shows and whether it stays out of the way, read once it is painted. */
    private static Map<?, ?> watermark(Browser browser) {
        browser.find("[data-protected] > .watermark");
        return (Map<?, ?>) browser.script("""
                var area = document.querySelector('[data-protected]');
                var overlay = area.querySelector(':scope > .watermark');
                var style = getComputedStyle(overlay);
                var image = decodeURIComponent(overlay.style.maskImage || overlay.style.webkitMaskImage
                        || overlay.style.backgroundImage);
                var svg = new DOMParser().parseFromString(/<svg.*<\\/svg>/.exec(image)[0], 'image/svg+xml');
                var stamp = Array.from(svg.querySelector('text').children).map(function (line) {
                    return line.textContent;
                }).join(' · ');
                var link = area.querySelector('.link-list a');
                link.scrollIntoView({block: 'center'});
                var box = link.getBoundingClientRect();
                var hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                window.scrollTo(0, 0);
                var a = area.getBoundingClientRect(), o = overlay.getBoundingClientRect();
                return {
                    text: stamp,
                    opacity: parseFloat(style.opacity),
                    pointerEvents: style.pointerEvents,
                    ariaHidden: overlay.getAttribute('aria-hidden'),
                    coversContent: Math.abs(a.width - o.width) < 1 && Math.abs(a.height - o.height) < 1
                        && a.height > 100,
                    linkOnTop: hit === link || link.contains(hit)
                };
                """);
    }

    private static boolean prevented(Browser browser, String type, String selector) {
        return (Boolean) browser.script("""
                var type = arguments[0];
                var event = type === 'copy' || type === 'cut'
                    ? new ClipboardEvent(type, {bubbles: true, cancelable: true})
                    : type === 'dragstart' ? new DragEvent(type, {bubbles: true, cancelable: true})
                    : new MouseEvent(type, {bubbles: true, cancelable: true});
                document.querySelector(arguments[1]).dispatchEvent(event);
                return event.defaultPrevented;
                """, type, selector);
    }

    private static boolean blurred(Browser browser) {
        return (Boolean) browser.script(
                "return document.querySelector('[data-protected]').classList.contains('capture-blurred');");
    }

    private static boolean shielded(Browser browser) {
        return (Boolean) browser.script("return document.documentElement.classList.contains('capture-shielded');");
    }

    @TestConfiguration
    static class Recorded {

        final List<CaptureAttempted> attempts = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CaptureAttempted attempted) {
            attempts.add(attempted);
        }
    }
}
