package com.mediapatch.security.suite;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The protective headers on representative responses of every kind, signed in and out, pages,
 * fragments, API answers and errors; complements SecurityHeadersIntegrationTests, which
 * covers signed-out pages and the API documentation.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseHeadersIntegrationTests {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'");

    /** A response to check, and whether it carries something personal and so must never be cached. */
    record Sample(String name, String path, String accept, boolean signedIn, boolean bearer, boolean personal) {
        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    HttpProbe http;
    String sessionCookie;
    String accessToken;
    String handle;

    @BeforeAll
    void member() throws Exception {
        http = new HttpProbe(port);
        String email = accounts.verifiedMember("Header Inspector");
        var session = accounts.signIn(email);
        sessionCookie = "SESSION=" + session.getValue();
        handle = "header-inspector-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/settings/profile").with(csrf()).cookie(session).param("handle", handle)
                .param("displayName", "Header Inspector").param("visibility", "EVERYONE").param("theme", "SYSTEM"));
        accessToken = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + email + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");
    }

    Stream<Sample> samples() {
        return Stream.of(
                new Sample("home", "/", "text/html", false, false, false),
                new Sample("sign-in", "/sign-in", "text/html", false, false, false),
                new Sample("public profile", "/members/" + handle, "text/html", false, false, false),
                new Sample("home, signed in", "/", "text/html", true, false, true),
                new Sample("profile settings", "/settings/profile", "text/html", true, false, true),
                new Sample("devices and sessions", "/settings/sessions", "text/html", true, false, true),
                new Sample("access tokens", "/settings/tokens", "text/html", true, false, true),
                new Sample("forbidden admin page", "/admin/roles", "text/html", true, false, true),
                new Sample("404 page", "/no/such/page", "text/html", false, false, false),
                new Sample("404 page, signed in", "/no/such/page", "text/html", true, false, true),
                new Sample("API call", "/api/v1/site", "application/json", false, false, false),
                new Sample("API call with a token", "/api/v1/me", "application/json", false, true, true),
                new Sample("API refusal", "/api/v1/me", "application/json", false, false, false),
                new Sample("API 404", "/api/v1/nothing-here", "application/json", false, false, false));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyKindOfResponseCarriesTheProtectiveHeaders(Sample sample) {
        HttpResponse<String> response = fetch(sample);

        String csp = header(response, "Content-Security-Policy");
        assertThat(csp).containsPattern(NONCE).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'").doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(response, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "X-Powered-By")).isEmpty();
        assertThat(header(response, "Server")).doesNotContainPattern("\\d");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void personalResponsesAreNeverStoredByBrowsersOrProxies(Sample sample) {
        HttpResponse<String> response = fetch(sample);

        if (sample.personal()) {
            assertThat(header(response, "Cache-Control")).contains("no-store");
        } else {
            assertThat(header(response, "Cache-Control")).doesNotContain("public");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pagesRunOnlyTheSitesOwnScriptFiles(Sample sample) {
        HttpResponse<String> response = fetch(sample);
        Matcher nonce = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();

        List<Element> scripts = Jsoup.parse(response.body()).select("script");

        assertThat(scripts).allSatisfy(script -> assertThat(
                InertHtml.isOwnScript(script.attr("src")) || nonce.group(1).equals(script.attr("nonce")))
                .as("script %s is a site file or carries this response's nonce", script.outerHtml()).isTrue());
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsForAYear() throws Exception {
        MockHttpServletResponse secure = mvc.perform(get("/").secure(true)).andReturn().getResponse();

        assertThat(secure.getHeader("Strict-Transport-Security")).matches("max-age=(\\d{8,}|3[1-9]\\d{6}) ?;.*");
    }

    @Test
    void otherSitesGetNoCorsPermissionForTheApi() throws Exception {
        MockHttpServletResponse preflight = mvc.perform(options("/api/v1/me").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")).andReturn().getResponse();
        HttpResponse<String> simple = http.get("/api/v1/site", "Origin", "https://evil.example");

        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(header(simple, "Access-Control-Allow-Origin")).isEmpty();
        assertThat(header(simple, "Access-Control-Allow-Credentials")).isEmpty();
    }

    private HttpResponse<String> fetch(Sample sample) {
        if (sample.bearer()) {
            return http.get(sample.path(), "Accept", sample.accept(), "Authorization", "Bearer " + accessToken);
        }
        return sample.signedIn() ? http.get(sample.path(), "Accept", sample.accept(), "Cookie", sessionCookie)
                : http.get(sample.path(), "Accept", sample.accept());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
