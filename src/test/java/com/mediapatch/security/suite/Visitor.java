package com.mediapatch.security.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jakarta.servlet.http.Cookie;

import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A browser without a shortcut: it keeps the cookies it is given and sends back the CSRF token
 * the last page it read gave it, exactly as the site's forms and htmx do. Tests that judge CSRF
 * or cookies use it instead of Spring Security's test token, which would replace the real
 * token store for the whole application context.
 */
final class Visitor {

    private static final Random RANDOM = new Random();

    private final MockMvc mvc;
    /** Its own address, so its failed sign-ins never lock other tests out of 127.0.0.1. */
    private final String address = "10.%d.%d.%d".formatted(RANDOM.nextInt(1, 255), RANDOM.nextInt(256),
            RANDOM.nextInt(1, 255));
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String token;
    private String tokenHeader;
    private String email;

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Signs up through the forms, follows the mailed link and signs in. */
    static Visitor member(MockMvc mvc, TestMailbox mailbox, String displayName) throws Exception {
        Visitor visitor = registered(mvc, mailbox, displayName);
        visitor.signIn();
        return visitor;
    }

    /** Signs up through the forms and follows the mailed link, but does not sign in. */
    static Visitor registered(MockMvc mvc, TestMailbox mailbox, String displayName) throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.email = AccountFixtures.newEmail();
        visitor.open("/sign-up");
        visitor.perform(visitor.withField(post("/sign-up").param("email", visitor.email)
                .param("displayName", displayName).param("password", AccountFixtures.PASSWORD)));
        String link = mailbox.linkPathIn(mailbox.latestTo(visitor.email));
        visitor.open(link);
        visitor.perform(visitor.withField(post("/verify-email").param("token", link.substring(link.indexOf("token=") + 6))));
        return visitor;
    }

    void signIn() throws Exception {
        signIn(false);
    }

    /** Signs in through the form, over HTTPS when {@code secure}; returns the sign-in response. */
    MvcResult signIn(boolean secure) throws Exception {
        perform(get("/sign-in").secure(secure));
        MvcResult result = perform(withField(post("/sign-in").secure(secure).param("email", email)
                .param("password", AccountFixtures.PASSWORD)));
        perform(get("/").secure(secure));
        return result;
    }

    MvcResult open(String path) throws Exception {
        return perform(get(path).accept("text/html"));
    }

    /** Sends the request with this visitor's cookies, then keeps what the response sets. */
    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(sent -> {
            sent.setRemoteAddr(address);
            return sent;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        readToken(result.getResponse().getContentAsString());
        return result;
    }

    /** The form way: the token in the {@code _csrf} field, as every form's hidden input sends it. */
    MockHttpServletRequestBuilder withField(MockHttpServletRequestBuilder request) {
        return request.param("_csrf", requireToken());
    }

    /** The htmx way: the token in the header the page names, as app.js sends it. */
    MockHttpServletRequestBuilder withHeader(MockHttpServletRequestBuilder request) {
        return request.header(tokenHeader, requireToken()).header("HX-Request", "true");
    }

    /** The same person in a new browser: no cookies, no token yet. */
    Visitor inNewBrowser() {
        Visitor visitor = new Visitor(mvc);
        visitor.email = email;
        return visitor;
    }

    Cookie cookie(String name) {
        return cookies.get(name);
    }

    String email() {
        return email;
    }

    private String requireToken() {
        if (token == null) {
            throw new IllegalStateException("No page has given this visitor a CSRF token yet");
        }
        return token;
    }

    private void readToken(String html) {
        Element holder = html.isEmpty() ? null : Jsoup.parse(html).getElementById("csrf");
        if (holder != null) {
            token = holder.attr("data-token");
            tokenHeader = holder.attr("data-header");
        }
    }
}
