package com.mediapatch.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport security ({@code mediapatch.tls.*}); see {@link TransportSecurity} for how each
 * mode configures the server.
 *
 * @param mode self-signed (default), certificate, proxy or off
 * @param httpPort the plain-HTTP port that redirects to HTTPS when this node serves HTTPS
 *        (negative: no plain port)
 * @param hosts host names and addresses the self-signed certificate is made for
 * @param trustedProxies in proxy mode, the addresses whose X-Forwarded-* headers are believed
 */
@ConfigurationProperties("mediapatch.tls")
record TlsProperties(@DefaultValue("self-signed") String mode, @DefaultValue("8080") int httpPort,
        @DefaultValue({"localhost", "127.0.0.1", "::1"}) List<String> hosts, @DefaultValue({}) List<String> trustedProxies) {

    TlsMode parsedMode() {
        return TlsMode.parse(mode);
    }
}
