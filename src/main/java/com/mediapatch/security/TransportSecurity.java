package com.mediapatch.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns {@code mediapatch.tls.*} into the web server's settings before it starts: TLS 1.2/1.3
 * with the self-signed or the operator's certificate, or, behind a proxy, forwarded headers
 * honoured only from the listed proxy addresses. Everywhere else forwarded headers are
 * ignored, so nobody can claim another address or HTTPS by sending them.
 */
public class TransportSecurity implements EnvironmentPostProcessor, Ordered {

    static final String MODE = "mediapatch.tls.mode";
    static final String SCHEME = "mediapatch.tls.scheme";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TlsMode mode = TlsMode.parse(environment.getProperty(MODE, "self-signed"));
        Map<String, Object> settings = new HashMap<>();
        settings.put(SCHEME, mode.servesHttps() ? "https" : "http");
        switch (mode) {
            case SELF_SIGNED -> {
                SelfSignedCertificate certificate = new SelfSignedCertificate(
                        Path.of(environment.getRequiredProperty("mediapatch.data-dir"), "tls"),
                        list(environment.getProperty("mediapatch.tls.hosts", "localhost,127.0.0.1,::1")), Clock.systemUTC());
                certificate.ensure();
                https(settings, certificate.certificate().toString(), certificate.privateKey().toString());
            }
            case CERTIFICATE -> https(settings, required(environment, "mediapatch.tls.certificate"),
                    required(environment, "mediapatch.tls.private-key"));
            case PROXY -> {
                settings.put("server.forward-headers-strategy", "native");
                settings.put("server.tomcat.remoteip.internal-proxies",
                        proxiesPattern(list(required(environment, "mediapatch.tls.trusted-proxies"))));
                settings.put("server.tomcat.remoteip.trusted-proxies", "");
            }
            case OFF -> settings.put("server.forward-headers-strategy", "none");
        }
        if (mode.servesHttps()) {
            settings.put("server.forward-headers-strategy", "none");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("mediapatch-tls", settings));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void https(Map<String, Object> settings, String certificate, String privateKey) {
        settings.put("server.ssl.enabled", "true");
        settings.put("server.ssl.certificate", "file:" + certificate);
        settings.put("server.ssl.certificate-private-key", "file:" + privateKey);
        settings.put("server.ssl.enabled-protocols", "TLSv1.3,TLSv1.2");
        settings.put("server.ssl.protocol", "TLS");
        settings.put("server.http2.enabled", "true");
    }

    /** A regular expression matching exactly the listed addresses, as Tomcat's RemoteIpValve wants. */
    static String proxiesPattern(List<String> addresses) {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(StringUtils::hasText).toList();
    }

    private static String required(ConfigurableEnvironment environment, String property) {
        String value = environment.getProperty(property);
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException(property + " must be set when " + MODE + " is "
                    + environment.getProperty(MODE));
        }
        return value;
    }
}
