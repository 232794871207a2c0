package com.mediapatch.security.suite;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import com.mediapatch.TestMailbox;
import com.mediapatch.identity.AccountFixtures;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A visitor over real HTTP to the running server, for what only the servlet container shows
 * faithfully: the exact Set-Cookie headers of a session renewed at sign-in.
 */
final class HttpVisitor {

    private final HttpClient client;
    private final String base;
    private String token = "";
    private String tokenHeader = "X-XSRF-TOKEN";
    private String maskedToken = "";

    HttpVisitor(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Signs up with the forms and follows the mailed link, leaving an anonymous session open. */
    String register(TestMailbox mailbox) {
        String email = AccountFixtures.newEmail();
        get("/sign-up");
        post("/sign-up", "email", email, "displayName", "Http Visitor", "password", AccountFixtures.PASSWORD);
        String link = mailbox.linkPathIn(mailbox.latestTo(email));
        get(link);
        post("/verify-email", "token", link.substring(link.indexOf("token=") + 6));
        return email;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Signs in through the form and reads a page, so the visitor holds a fresh token. */
    void signIn(String email) {
        get("/sign-in");
        post("/sign-in", "email", email, "password", AccountFixtures.PASSWORD);
        get("/");
    }

    /** Any request, with this visitor's cookies and the CSRF token in the header htmx would use. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Accept", accept)
                .header(tokenHeader, maskedToken);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A form post carrying the token of the last page read. */
    HttpResponse<String> post(String path, String... fields) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            form.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        form.add("_csrf=" + encode(token));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var page = Jsoup.parse(response.body());
            Element field = page.selectFirst("input[name=_csrf]");
            if (field != null) {
                token = field.attr("value");
            }
            Element holder = page.getElementById("csrf");
            if (holder != null) {
                tokenHeader = holder.attr("data-header");
                maskedToken = holder.attr("data-token");
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Request to the application failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
