package com.mediapatch.security.suite;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each policy lets its burst through, counting down in the RateLimit header, then refuses with
 * 429 and Retry-After: a friendly page for browsers, a problem detail for API clients. Every
 * test uses its own policy, since all requests here come from one address.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mediapatch.security.rate-limits.enabled=true",
        "mediapatch.security.rate-limits.policies.default.capacity=6",
        "mediapatch.security.rate-limits.policies.sign-in.capacity=4",
        "mediapatch.security.rate-limits.policies.password-reset.capacity=2"})
class RateLimitResponsesIntegrationTests {

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void connect() {
        http = new HttpProbe(port);
    }

    @Test
    void pagesCountDownTheBurstThenShowTheFriendly429Page() {
        for (int left = 5; left >= 0; left--) {
            HttpResponse<String> allowed = http.get("/members", "Accept", "text/html");
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(header(allowed, "RateLimit")).matches("\"default\";r=" + left + ";t=\\d+");
        }

        HttpResponse<String> refused = http.get("/members", "Accept", "text/html");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "RateLimit-Policy")).isEqualTo("\"default\";q=6;w=60");
        assertThat(header(refused, "RateLimit")).matches("\"default\";r=0;t=\\d+");
        assertThat(Long.parseLong(header(refused, "Retry-After"))).as("one request refills in 60/6 s").isBetween(1L, 10L);
        assertThat(header(refused, "Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Slow down a little").doesNotContain("Exception");
        assertThat(header(refused, "Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void apiClientsGetATooManyRequestsProblemWithTheSameHeaders() {
        for (int left = 3; left >= 0; left--) {
            HttpResponse<String> allowed = refresh();
            assertThat(allowed.statusCode()).isEqualTo(401);
            assertThat(header(allowed, "RateLimit")).matches("\"sign-in\";r=" + left + ";t=\\d+");
        }

        HttpResponse<String> refused = refresh();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "Content-Type")).isEqualTo("application/problem+json");
        assertThat((String) JsonPath.read(refused.body(), "$.type")).isEqualTo("/problems/too-many-requests");
        assertThat((Integer) JsonPath.read(refused.body(), "$.status")).isEqualTo(429);
        assertThat(header(refused, "RateLimit-Policy")).isEqualTo("\"sign-in\";q=4;w=60");
        assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(1L, 15L);
    }

    @Test
    void claimingAnotherAddressInHeadersDoesNotBuyAFreshBucket() {
        for (int i = 0; i < 2; i++) {
            assertThat(resetRequest("203.0.113." + i).statusCode()).isNotEqualTo(429);
        }

        assertThat(resetRequest("198.51.100.7").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> refresh() {
        return http.send("POST", "/api/v1/auth/refresh", "{\"refreshToken\": \"not-a-token\"}", "Content-Type",
                "application/json", "Accept", "application/json");
    }

    private HttpResponse<String> resetRequest(String claimedAddress) {
        return http.send("POST", "/password-reset", "email=someone%40example.org", "Content-Type",
                "application/x-www-form-urlencoded", "Accept", "text/html", "X-Forwarded-For", claimedAddress,
                "X-Real-IP", claimedAddress, "Forwarded", "for=" + claimedAddress);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
