package com.mediapatch.identity.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Another device signing in through the real forms over HTTP, with its own cookie jar. */
final class SecondDevice {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    SecondDevice(String base) {
        this.base = base;
    }

    /** Signs in with password and then {@code code}; returns where the code step sent it. */
    String signIn(String email, String password, String code) {
        post("/sign-in", "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + csrfFrom("/sign-in"));
        return post("/sign-in/code", "code=" + encode(code) + "&_csrf=" + csrfFrom("/sign-in/code"))
                .headers().firstValue("Location").orElse("");
    }

    /** Status of a page that needs signing in: 200 while this device's session lives. */
    int statusOf(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0").GET()).statusCode();
    }

    private String csrfFrom(String path) {
        Matcher matcher = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0").GET()).body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field on " + path);
        }
        return encode(matcher.group(1));
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
