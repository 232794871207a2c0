package com.mediapatch.security.suite;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mediapatch.ai.internal.AiAdministration;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.GodChange;
import com.mediapatch.browser.Browser;
import com.mediapatch.browser.BrowserGods;
import com.mediapatch.browser.BrowserTest;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.classifieds.AdDetails;
import com.mediapatch.classifieds.AdId;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.Commitment;
import com.mediapatch.classifieds.Level;
import com.mediapatch.classifieds.internal.AdDesk;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.moderation.internal.ReportDesk;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET page the application has, read from Spring MVC like the rest of this suite, opened in
 * real Chromium on the smallest phone (360 px): signed out, then as God (who is also an
 * administrator and a moderator) with a friend, a conversation and a moderation case. A page fails
 * when it scrolls sideways (naming the widest element that sticks out), on serious or critical
 * axe-core findings and on Content-Security-Policy violations. A new module's page is checked the
 * day it lands; a route whose path variable has no fixture value here fails the run.
 */
@BrowserTest
@TestPropertySource(properties = BrowserGods.PROPERTY)
class EveryPageOnAPhoneBrowserTests {

    /** Routes answering with a piece of a page for htmx or a script, not a page of their own. */
    static final Set<String> FRAGMENTS = Set.of("GET /friends/actions/{handle}", "GET /god/console/suggestions",
            "GET /messages/unread", "GET /messages/{conversationId}/messages/{messageId}", "GET /notifications/badge",
            "GET /messages/friends", "GET /messages/friends/options",
            "GET /messages/buttons", "GET /settings/profile/tag-suggestions", "GET /members/{handle}/images/{imageId}/{size}",
            "GET /places/suggestions");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    /**
     * The element (or text) sticking out furthest past the right edge, with its parent and grandparent, or null when
     * the page fits. What a container clips or
     * scrolls sideways (a containing block, not just any ancestor) does not widen the page and is passed over.
     */
    private static final String WIDEST_OVERFLOW = """
            var width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            function clipped(el) {
                var position = getComputedStyle(el).position;
                for (var up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                    var style = getComputedStyle(up);
                    var containing = position === 'fixed' ? style.transform !== 'none'
                        : position !== 'absolute' || style.position !== 'static' || style.transform !== 'none';
                    if (containing) {
                        if (style.overflowX !== 'visible') { return true; }
                        position = style.position;
                    }
                }
                return false;
            }
            function name(el) {
                return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string'
                    && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            }
            var worst = null, right = width, words = null;
            document.querySelectorAll('body *').forEach(function (el) {
                var box = el.getBoundingClientRect();
                if (box.width > 0 && box.right > right + 0.5 && !clipped(el)) { worst = el; right = box.right; words = null; }
            });
            // Text too long to wrap sticks out of its element while the element itself fits.
            var texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), text, range = document.createRange();
            while ((text = texts.nextNode())) {
                range.selectNodeContents(text);
                var box = range.getBoundingClientRect();
                var holder = text.parentElement;
                if (box.width > 0 && box.right > right + 0.5 && getComputedStyle(holder).overflowX === 'visible'
                        && !clipped(holder)) {
                    worst = holder; right = box.right; words = text.textContent.trim().substring(0, 40);
                }
            }
            var path = [];
            for (var el = worst; el && el !== document.body && path.length < 3; el = el.parentElement) {
                path.unshift(name(el));
            }
            return document.documentElement.scrollWidth + ' px wide, widest: '
                + (worst ? path.join(' > ') + (words === null ? '' : ' (its text "' + words + '")') + ' reaching '
                    + Math.round(right) + ' px' : 'nothing inside <body>');
            """;

    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    SocialMembers members;
    @Autowired
    Relationships relationships;
    @Autowired
    Messenger messenger;
    @Autowired
    ReportDesk reports;
    @Autowired
    AdDesk ads;
    @Autowired
    EventDesk events;
    @Autowired
    AiAdministration ai;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageFitsASmallPhoneIsAccessibleAndKeepsItsContentSecurityPolicy(Browser browser) {
        Set<String> pages = pageRoutes();
        assertThat(pages).as("routes read from Spring MVC").contains("GET /messages", "GET /god/audit");
        browser.emulate(Browser.Viewport.PHONE, false);
        List<String> findings = new ArrayList<>();
        Set<String> fragments = new TreeSet<>();

        Map<String, String> nobody = Map.of("handle", "nobody-has-this-handle");
        for (String route : pages) {
            if (!route.contains("{")) {
                check(browser, route, path(route, nobody), findings, fragments, true);
            }
        }

        browser.emulate(Browser.Viewport.DESKTOP, false);
        Map<String, String> fixtures = godWithFriendConversationAndCase(browser);
        browser.emulate(Browser.Viewport.PHONE, false);
        for (String route : pages) {
            check(browser, route, path(route, fixtures), findings, fragments, false);
        }

        assertThat(fragments).as("routes answering without a page of their own: list them in FRAGMENTS")
                .isSubsetOf(FRAGMENTS);
        assertThat(findings).as("pages that do not work on a 360 px phone").isEmpty();
    }

    private void check(Browser browser, String route, String path, List<String> findings, Set<String> fragments,
            boolean signedOut) {
        if (path == null) {
            findings.add(route + ": no fixture value for its path variables; add one to this test");
            return;
        }
        browser.open(path);
        if (browser.driver().findElements(By.cssSelector("main")).isEmpty()) {
            fragments.add(route);
            return;
        }
        boolean sentToSignIn = browser.path().equals("/sign-in") || browser.path().startsWith("/sign-in?");
        if (signedOut && sentToSignIn && !path.equals("/sign-in")) {
            return; // a member's page: the sign-in page it sends to is checked on its own
        }
        String who = (signedOut ? "signed out" : "as God") + " " + path + ": ";
        Object overflow = browser.script(WIDEST_OVERFLOW);
        if (overflow != null) {
            findings.add(who + "scrolls sideways, " + overflow);
        }
        try {
            browser.assertAccessible();
        } catch (AssertionError violations) {
            findings.add(who + violations.getMessage());
        }
        try {
            browser.assertNoCspViolations();
        } catch (AssertionError violations) {
            findings.add(who + violations.getMessage());
        }
    }

    /** God, with two-step sign-in on (God Mode requires it), the admin and moderator roles, a friend, a chat and a case. */
    private Map<String, String> godWithFriendConversationAndCase(Browser browser) {
        AccountId god = provisioning.provisionVerified(BrowserGods.VISITOR, AccountFixtures.PASSWORD, "Phone God")
                .orElseThrow();
        for (String role : List.of("admin", "moderator")) {
            jdbc.update("insert into identity_role_assignment (account_id, role_name, assigned_by, assigned_at) "
                    + "values (?, ?, ?, current_timestamp)", god.value(), role, god.value());
        }
        TestMember friend = members.member("Phone Friend");
        relationships.accept(friend.id(), relationships.request(god, friend.id()).request());
        UUID conversation = messenger.startDirect(god, friend.id());
        messenger.send(conversation, friend.id(), "Here is the **demo**: a long-line-without-spaces-" + "x".repeat(80));
        UUID message = messenger.send(conversation, god, "Sounds great, see you at rehearsal.").id();
        reports.file(god, TargetType.MEMBER, "@" + friend.handle(), ReportCategory.SPAM, "Too many demos");
        UUID moderationCase = jdbc.queryForObject("select id from moderation_case where target_id = ?", UUID.class,
                friend.id().value());
        AdId ad = ads.create(god, new AdDetails("Bassist wanted for a long-named-band-without-spaces-" + "x".repeat(40),
                "We play **slow** and loud.", Category.MUSICIANS_WANTED, List.of("bass"), List.of("doom"), Level.ANY,
                Commitment.HOBBY, false, List.of("https://www.youtube.com/watch?v=aaaaaaaaaaa")), null);
        ads.publish(god, ad);
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/London")).plusDays(2).truncatedTo(ChronoUnit.HOURS);
        UUID event = events.create(god, new EventDraft(EventType.ONLINE_STREAM, "Doom night streamed from a venue-with-a-long-name-" + "x".repeat(40),
                "Three **heavy** bands.", null, null, null, null, "https://example.org/live",
                start.toLocalDateTime().toString(), start.plusHours(3).toLocalDateTime().toString(), "Europe/London",
                Repetition.WEEKLY, "doom", false, "£5", null, 18, 40, ""));
        UUID connection = ai.add(new GodChange(god, "127.0.0.1", "phone test"), new ConnectionDraft("Studio Ollama",
                ConnectionKind.OLLAMA, "http://127.0.0.1:9", "llama3.2", "", "", 0, 0)).id();
        BrowserGods.signInWithTwoSteps(browser, BrowserGods.VISITOR);

        Map<String, String> values = new LinkedHashMap<>();
        values.put("handle", friend.handle());
        values.put("conversationId", conversation.toString());
        values.put("messageId", message.toString());
        values.put("/god/members/{id}", friend.id().value().toString());
        values.put("/moderation/cases/{id}", moderationCase.toString());
        values.put("/classifieds/ads/{id}", ad.toString());
        values.put("/classifieds/ads/{id}/edit", ad.toString());
        values.put("/events/{id}", event.toString());
        values.put("/events/{id}/edit", event.toString());
        values.put("/god/ai/connections/{id}", connection.toString());
        values.put("sequence", String.valueOf(jdbc.queryForObject("select max(seq) from audit_entry", Long.class)));
        values.put("slug", ProblemType.GENERIC.get(0).slug());
        // a picture the friend does not have: the not-found page
        values.put("imageId", UUID.randomUUID().toString());
        values.put("size", "photo");
        return values;
    }

    /** GET routes of the application's own code that answer with HTML, the JSON API and error routes aside. */
    private Set<String> pageRoutes() {
        return Routes.of(mappings, EveryPageOnAPhoneBrowserTests::mayAnswerHtml).stream()
                .filter(route -> route.startsWith("GET ") && !route.startsWith("GET /api/v1/") && !route.equals("GET /error"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean mayAnswerHtml(HandlerMethod handler) {
        if (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return false; // writes its own body (a download, a feed, JSON): no page to lay out
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.produces().length == 0 || List.of(mapping.produces()).stream()
                .map(MediaType::parseMediaType).anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    /** The route's pattern with each variable filled from {@code values} (by pattern first, then by name), or null. */
    private static String path(String route, Map<String, String> values) {
        String pattern = route.substring(route.indexOf(' ') + 1);
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = values.getOrDefault(pattern, values.get(variables.group(1)));
            if (value == null) {
                return null;
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variables.appendTail(path).toString();
    }
}
