package com.mediapatch.security.suite;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.mediapatch.IntegrationTest;
import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The session cookie and the CSRF cookie cannot be read by scripts, the session cookie does
 * not ride cross-site subrequests, and over HTTPS neither travels over plain HTTP. Runs in a
 * context of its own (see {@link RecordedRefusals}) so the real CSRF cookie store is in place.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RecordedRefusals.class)
class CookieFlagsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @Test
    void theSessionRenewedAtSignInIsHttpOnlyAndSameSiteLax() {
        HttpVisitor visitor = new HttpVisitor(port);
        String email = visitor.register(new TestMailbox(dataDir));
        visitor.get("/sign-in");

        HttpResponse<String> signedIn = visitor.post("/sign-in", "email", email, "password", AccountFixtures.PASSWORD);

        assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/");
        assertThat(setCookie(signedIn.headers().allValues("Set-Cookie"), "SESSION"))
                .contains("HttpOnly", "SameSite=Lax", "Path=/");
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        Visitor browser = Visitor.registered(mvc, new TestMailbox(dataDir), "Secure Cookie Eater").inNewBrowser();

        MockHttpServletResponse signedIn = browser.signIn(true).getResponse();

        assertThat(setCookie(signedIn.getHeaders("Set-Cookie"), "SESSION")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteSinceOnlyThePageHandsTheTokenToScripts() throws Exception {
        List<String> plain = new HttpVisitor(port).get("/sign-in").headers().allValues("Set-Cookie");
        List<String> overHttps = new Visitor(mvc).perform(get("/sign-in").secure(true)).getResponse()
                .getHeaders("Set-Cookie");

        assertThat(setCookie(plain, "XSRF-TOKEN")).contains("HttpOnly", "Path=/", "SameSite=Lax");
        assertThat(setCookie(overHttps, "XSRF-TOKEN")).contains("HttpOnly", "Secure");
    }

    @Test
    void everyCookieOfASignInAndSignOutIsSameSiteAndSignOutClearsTheSiteData() {
        HttpVisitor visitor = new HttpVisitor(port);
        String email = visitor.register(new TestMailbox(dataDir));
        List<String> cookies = new ArrayList<>(visitor.get("/sign-in").headers().allValues("Set-Cookie"));
        cookies.addAll(visitor.post("/sign-in", "email", email, "password", AccountFixtures.PASSWORD).headers().allValues("Set-Cookie"));
        cookies.addAll(visitor.get("/").headers().allValues("Set-Cookie"));
        HttpResponse<String> out = visitor.post("/sign-out");
        cookies.addAll(out.headers().allValues("Set-Cookie"));

        assertThat(cookies).hasSizeGreaterThan(2).allMatch(cookie -> cookie.contains("SameSite=Lax"), "has SameSite=Lax");
        assertThat(out.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\", \"storage\"");
    }

    @Test
    void signingInReplacesTheCsrfToken() throws Exception {
        Visitor browser = Visitor.registered(mvc, new TestMailbox(dataDir), "Fresh Token").inNewBrowser();
        browser.open("/sign-in");
        String before = browser.cookie("XSRF-TOKEN").getValue();

        browser.signIn(false);

        assertThat(browser.cookie("XSRF-TOKEN").getValue()).isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSessionOnTheServerNotJustInTheBrowser() throws Exception {
        Visitor visitor = Visitor.member(mvc, new TestMailbox(dataDir), "Leaving Member");
        var stolenCookie = visitor.cookie("SESSION");
        visitor.open("/settings/account");

        MockHttpServletResponse out = visitor.perform(visitor.withField(post("/sign-out"))).getResponse();

        assertThat(out.getRedirectedUrl()).isEqualTo("/?signed-out");
        assertThat(mvc.perform(get("/settings/account").cookie(stolenCookie)).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("/sign-in");
    }

    private static String setCookie(List<String> cookies, String name) {
        return cookies.stream().filter(cookie -> cookie.startsWith(name + "=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("No " + name + " cookie set; got " + cookies));
    }
}
