package com.mediapatch.bench.scale;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mediapatch.identity.internal.Totp;

/**
 * Signs a bench account in through the real forms and prints its session cookie value; with
 * {@code god} it also enters the authenticator code and steps up, as a God would.
 * Usage: {@code BenchSignIn <base-url> member|god}.
 */
public final class BenchSignIn {

    private static final Pattern CSRF = Pattern.compile("data-token=\"([^\"]+)\"");

    private BenchSignIn() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        boolean god = "god".equals(args[1]);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String landed = post(http, base, "/sign-in", "email=" + (god ? ScaleSeeder.GOD_EMAIL : ScaleSeeder.MEMBER_EMAIL)
                + "&password=" + URLEncoder.encode(ScaleSeeder.PASSWORD, StandardCharsets.UTF_8));
        if (god) {
            long step = Totp.step(Instant.now());
            post(http, base, "/sign-in/code", "code=" + Totp.code(ScaleSeeder.GOD_TOTP_SECRET, step));
            landed = post(http, base, "/god/step-up", "code=" + Totp.code(ScaleSeeder.GOD_TOTP_SECRET, step + 1));
        }
        String last = landed;
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no session, landed on " + last));
        System.out.println(session);
    }

    /** Fetches the form for its CSRF token, posts it, and returns the path the answer landed on. */
    private static String post(HttpClient http, String base, String path, String form) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.uri().getPath();
    }
}
