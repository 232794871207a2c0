package com.mediapatch.security.suite;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A GET never changes anything: a link, an image tag or a prefetch on another site pointing at
 * any state-changing route, with that route's form values in the query, finds a page or a
 * refusal and leaves the member exactly as they were, still signed in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeMethodsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    AccountId member;
    Cookie session;
    String tokenId;
    String otherSessionHandle;

    @BeforeAll
    void memberWithThingsToLose() throws Exception {
        String email = accounts.verifiedMember("Link Clicker");
        member = accounts.accountId(email);
        accounts.signIn(email, PASSWORD, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)");
        session = accounts.signIn(email);
        accounts.assignRole(email, "moderator");
        mvc.perform(post("/settings/tokens").with(csrf()).cookie(session).param("name", "kept").param("scopes",
                "profile:read").param("days", "7").param("password", PASSWORD));
        tokenId = firstMatch(page("/settings/tokens"), "/settings/tokens/([0-9a-f-]{36})/revoke");
        otherSessionHandle = firstMatch(page("/settings/sessions"), "/settings/sessions/([0-9a-f]{24})/end");
    }

    Stream<String> linksToStateChanges() {
        Stream<String> everyRoute = StateChange.ALL.stream().map(change -> change.path() + query(change.form()));
        Stream<String> withRealIds = Stream.of("/settings/tokens/" + tokenId + "/revoke",
                "/settings/sessions/" + otherSessionHandle + "/end", "/settings/sessions/end-others",
                "/admin/roles/revoke?account=" + member + "&role=moderator", "/sign-out?_csrf=x",
                "/settings/security/authenticator/remove?password=" + PASSWORD);
        return Stream.concat(everyRoute, withRealIds);
    }

    @ParameterizedTest
    @MethodSource("linksToStateChanges")
    void followingALinkChangesNothing(String link) throws Exception {
        MemberState before = MemberState.of(jdbc, member);

        MockHttpServletResponse response = mvc.perform(get(link).cookie(session).accept("text/html")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).as("a page, a redirect to one, or a refusal").isIn(200, 302, 403, 404, 405, 410);
        assertThat(MemberState.of(jdbc, member)).isEqualTo(before);
        assertThat(mvc.perform(get("/settings/account").cookie(session)).andReturn().getResponse().getStatus())
                .as("still signed in").isEqualTo(200);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
    }

    private static String query(List<String> form) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < form.size(); i += 2) {
            query.append(i == 0 ? '?' : '&').append(form.get(i)).append('=').append(form.get(i + 1).replace(" ", "+"));
        }
        return query.toString();
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
