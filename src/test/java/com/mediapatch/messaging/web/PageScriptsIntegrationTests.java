package com.mediapatch.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.messaging.FakeSocialGraph;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.internal.Messenger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each page loads the shell's scripts and the ones it names, no others, and lists the same in
 * #page-scripts for boosted navigation; protected content names the capture guard itself.
 */
@IntegrationTest
@Import(FakeSocialGraph.Config.class)
class PageScriptsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Messenger messenger;

    @Test
    void signedOutPagesLoadNoLiveConnectionAndOnlySignInAsksForPasskeys() throws Exception {
        Document home = page("/", null);
        assertThat(headScripts(home)).containsExactly("/js/theme.js", "/webjars/htmx.org/dist/htmx.min.js", "/js/app.js");
        assertThat(listedScripts(home)).isEmpty();

        Document signIn = page("/sign-in", null);
        assertThat(headScripts(signIn)).endsWith("/js/app.js", "/js/passkeys.js").doesNotContain("/js/messages.js",
                "/js/live.js");
        assertThat(listedScripts(signIn)).containsExactly("/js/passkeys.js");
    }

    @Test
    void theConversationLoadsMessagingAndOtherPagesDoNot() throws Exception {
        String email = accounts.verifiedMember("Script Reader");
        UUID conversation = messenger.startDirect(accounts.accountId(email),
                accounts.accountId(accounts.verifiedMember("Script Writer")));
        Cookie session = accounts.signIn(email);

        for (String path : List.of("/", "/members", MessagingRoutes.CONVERSATIONS, "/notifications")) {
            Document plain = page(path, session);
            assertThat(headScripts(plain)).as(path).endsWith("/js/app.js", "/js/live.js")
                    .doesNotContain("/js/messages.js", "/js/passkeys.js", "/js/copy.js", "/js/players.js", "/js/tags.js",
                            "/js/city-picker.js");
            assertThat(listedScripts(plain)).as(path).containsExactly("/js/live.js");
        }

        Document chat = page(MessagingRoutes.conversation(conversation), session);
        assertThat(headScripts(chat)).endsWith("/js/live.js", "/js/messages.js", "/js/players.js")
                .doesNotContain("/js/passkeys.js");
        assertThat(listedScripts(chat)).containsExactly("/js/live.js", "/js/messages.js", "/js/players.js");
        assertThat(chat.select("[data-protected]").attr("data-scripts"))
                .as("protected content asks for the capture guard").matches("/js/capture-guard-[0-9a-f]{32}\\.js");

        Document security = page("/settings/security", session);
        assertThat(listedScripts(security)).containsExactly("/js/live.js", "/js/passkeys.js", "/js/copy.js");
        assertThat(headScripts(security)).doesNotContain("/js/messages.js");
    }

    private Document page(String path, Cookie session) throws Exception {
        var request = get(path).accept("text/html");
        if (session != null) {
            request.cookie(session);
        }
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> headScripts(Document page) {
        return page.select("head script[src]").eachAttr("src").stream().map(PageScriptsIntegrationTests::unversioned)
                .toList();
    }

    private static List<String> listedScripts(Document page) {
        String listed = page.select("#page-scripts").attr("data-scripts");
        return Arrays.stream(listed.split(" ")).filter(url -> !url.isEmpty()).map(PageScriptsIntegrationTests::unversioned)
                .toList();
    }

    private static String unversioned(String url) {
        return url.replaceFirst("-[0-9a-f]{32}\\.js$", ".js").replaceFirst("^/webjars/htmx\\.org/[^/]+/dist/",
                "/webjars/htmx.org/dist/");
    }
}
