package com.mediapatch.security;

import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;

import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mediapatch.security.rate-limits.enabled=true",
        "mediapatch.security.rate-limits.policies.sign-in.capacity=3",
        "mediapatch.security.rate-limits.policies.sign-up.capacity=2"})
class RateLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    HttpProbe http;

    @BeforeEach
    void connect() {
        http = new HttpProbe(port);
    }

    @Test
    void everyResponseDescribesItsLimit() {
        HttpResponse<String> response = http.get("/about-rate-limits", "X-Forwarded-For", "ignored");

        assertThat(response.headers().firstValue("RateLimit-Policy")).hasValue("\"default\";q=300;w=60");
        assertThat(response.headers().firstValue("RateLimit").orElseThrow()).matches("\"default\";r=\\d+;t=\\d+");
    }

    @Test
    void signInAttemptsBeyondTheBurstAreRefusedWithRetryAfterAndAFriendlyPage() {
        for (int i = 0; i < 3; i++) {
            assertThat(http.send("POST", "/sign-in", "email=a@example.org&password=x", "Content-Type",
                    "application/x-www-form-urlencoded", "Accept", "text/html").statusCode()).isNotEqualTo(429);
        }
        HttpResponse<String> refused = http.send("POST", "/sign-in", "email=a@example.org&password=x", "Content-Type",
                "application/x-www-form-urlencoded", "Accept", "text/html");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.body()).contains("Slow down a little");
        assertThat(meters.find("mediapatch.security.refused").tag("reason", "rate_limited").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void apiClientsGetAProblemDetail() {
        for (int i = 0; i < 2; i++) {
            http.send("POST", "/sign-up", "", "Content-Type", "application/x-www-form-urlencoded");
        }
        HttpResponse<String> refused = http.send("POST", "/sign-up", "", "Content-Type",
                "application/x-www-form-urlencoded", "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("/problems/too-many-requests");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
}
