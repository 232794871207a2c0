package com.mediapatch.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.mediapatch.HttpProbe;
import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The module's own rule and policy guard its form. Declared exactly like the security suite's
 * rate-limit test, so both share one context (rate limits on).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "mediapatch.security.rate-limits.enabled=true",
        "mediapatch.security.rate-limits.policies.default.capacity=6",
        "mediapatch.security.rate-limits.policies.sign-in.capacity=4",
        "mediapatch.security.rate-limits.policies.password-reset.capacity=2"})
class KitCheckRateLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void itsRuleAppliesItsPolicyToItsForm() {
        HttpProbe http = new HttpProbe(port);
        for (int left = 1; left >= 0; left--) {
            HttpResponse<String> counted = http.send("POST", KitCheckModule.PINGS, "word=hello",
                    "Content-Type", "application/x-www-form-urlencoded");
            assertThat(counted.statusCode()).isNotEqualTo(429);
            assertThat(counted.headers().firstValue("RateLimit-Policy")).hasValue("\"kitcheck\";q=2;w=3600");
            assertThat(counted.headers().firstValue("RateLimit").orElseThrow()).startsWith("\"kitcheck\";r=" + left + ";");
        }
        HttpResponse<String> refused = http.send("POST", KitCheckModule.PINGS, "word=hello",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(refused.statusCode()).isEqualTo(429);
    }
}
