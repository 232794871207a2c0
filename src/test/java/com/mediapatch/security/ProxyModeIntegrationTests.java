package com.mediapatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.mediapatch.IntegrationTest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

class ProxyModeIntegrationTests {

    private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Nested
    @IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = {"mediapatch.tls.mode=proxy", "mediapatch.tls.trusted-proxies=127.0.0.1"})
    class BehindATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void requestsTheProxyMarksAsHttpsAreServedWithHsts() throws Exception {
            HttpResponse<Void> response = send(port, "https");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        }

        @Test
        void browsersArrivingOverPlainHttpAreSentToHttps() throws Exception {
            HttpResponse<Void> response = send(port, "http");

            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).hasValue("https://localhost/members");
        }
    }

    @Nested
    @IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = {"mediapatch.tls.mode=proxy", "mediapatch.tls.trusted-proxies=192.0.2.10"})
    class FromAnAddressThatIsNoTrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void forwardedHeadersAreIgnored() throws Exception {
            HttpResponse<Void> response = send(port, "https");

            assertThat(response.statusCode()).as("a client cannot claim HTTPS for itself").isEqualTo(301);
        }
    }

    private static HttpResponse<Void> send(int port, String forwardedProto) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/members"))
                .header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
