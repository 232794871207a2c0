package com.mediapatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.mediapatch.IntegrationTest;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"mediapatch.tls.mode=self-signed", "mediapatch.tls.http-port=0"})
class HttpsIntegrationTests {

    @Autowired
    ServletWebServerApplicationContext context;

    @Value("${mediapatch.data-dir}")
    String dataDir;

    @Test
    void servesHttpsWithTheSelfSignedCertificateAndHsts() throws Exception {
        HttpResponse<String> home = trustingClient().send(HttpRequest.newBuilder(https("/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(home.sslSession()).hasValueSatisfying(session -> assertThat(session.getProtocol()).isIn("TLSv1.3", "TLSv1.2"));
    }

    @Test
    void cookiesSetOverHttpsAreSecure() throws Exception {
        HttpResponse<String> signIn = trustingClient().send(HttpRequest.newBuilder(https("/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty().allMatch(cookie -> cookie.contains("Secure"));
    }

    @Test
    void acceptsOnlyTls12And13() {
        Connector https = tomcat().getTomcat().getService().findConnectors()[0];

        assertThat(Arrays.asList(https.findSslHostConfigs()[0].getEnabledProtocols())).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
    }

    @Test
    void plainHttpRedirectsToTheSameAddressOverHttps() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<Void> page = plain.send(HttpRequest.newBuilder(plain("/members?q=drums")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> form = plain.send(HttpRequest.newBuilder(plain("/sign-in")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> health = plain.send(HttpRequest.newBuilder(plain("/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("https://localhost:" + httpsPort() + "/members?q=drums");
        assertThat(form.statusCode()).isEqualTo(308);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
        assertThat(health.statusCode()).as("load balancers probe plain HTTP").isEqualTo(200);
    }

    @Test
    void theRedirectGoesToThePublicAddressWhateverHostTheClientNames() throws Exception {
        int plainPort = tomcat().getTomcat().getService().findConnectors()[1].getLocalPort();
        try (Socket socket = new Socket("127.0.0.1", plainPort)) {
            socket.getOutputStream().write("GET /sign-in HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answer).startsWith("HTTP/1.1 301")
                    .contains("Location: https://localhost:" + httpsPort() + "/sign-in")
                    .doesNotContain("evil.example");
        }
    }

    private URI https(String path) {
        return URI.create("https://localhost:" + httpsPort() + path);
    }

    private URI plain(String path) {
        return URI.create("http://127.0.0.1:" + tomcat().getTomcat().getService().findConnectors()[1].getLocalPort() + path);
    }

    private int httpsPort() {
        return context.getWebServer().getPort();
    }

    private TomcatWebServer tomcat() {
        return (TomcatWebServer) context.getWebServer();
    }

    private HttpClient trustingClient() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(Path.of(dataDir, "tls", SelfSignedCertificate.CERTIFICATE_FILE))) {
            trusted.setCertificateEntry("mediapatch", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
