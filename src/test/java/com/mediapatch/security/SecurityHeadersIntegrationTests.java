package com.mediapatch.security;

import java.net.http.HttpResponse;

import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void connect() {
        http = new HttpProbe(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/members", "/no/such/page", "/api/v1/site", "/api/v1/nothing", "/css/app.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = http.get(path, "Accept", path.startsWith("/api") ? "application/json" : "text/html");

        assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'none'").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(header(response, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void eachResponseGetsAFreshNonce() {
        assertThat(header(http.get("/"), "Content-Security-Policy"))
                .isNotEqualTo(header(http.get("/"), "Content-Security-Policy"));
    }

    @Test
    void onlyTheApiDocumentationMayStyleItselfInline() {
        HttpResponse<String> docs = http.get("/api/docs", "Accept", "text/html");

        assertThat(header(docs, "Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void signedOutPagesAreNotCachedByTheBrowser() {
        assertThat(header(http.get("/sign-in"), "Cache-Control")).contains("no-store");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
