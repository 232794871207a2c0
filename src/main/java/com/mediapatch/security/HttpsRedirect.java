package com.mediapatch.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.operations.PublicAddress;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends browsers from plain HTTP to HTTPS: from the extra plain port when this node serves
 * HTTPS itself, and for requests the trusted proxy marks as plain HTTP in proxy mode. The
 * health endpoints answer on plain HTTP so load balancers can probe them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class HttpsRedirect extends OncePerRequestFilter implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final TlsProperties properties;
    private final TlsMode mode;
    private final URI publicUrl;
    private volatile int httpsPort = 443;

    HttpsRedirect(TlsProperties properties, PublicAddress address) {
        this.properties = properties;
        this.mode = properties.parsedMode();
        this.publicUrl = URI.create(address.publicUrl());
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (mode.servesHttps() && properties.httpPort() >= 0) {
            Connector plain = new Connector();
            plain.setPort(properties.httpPort());
            plain.setScheme("http");
            plain.setSecure(false);
            factory.addAdditionalConnectors(plain);
        }
    }

    @EventListener
    void rememberHttpsPort(WebServerInitializedEvent started) {
        if (mode.servesHttps()) {
            httpsPort = started.getWebServer().getPort();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return mode == TlsMode.OFF || request.isSecure() || request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String target = httpsOrigin() + request.getRequestURI() + query;
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
    }

    /**
     * The site's HTTPS origin, from the configured public address: never from the Host header,
     * which a client sets to anything (and a cached redirect would then send others there).
     */
    private String httpsOrigin() {
        int runtimePort = mode == TlsMode.PROXY ? 443 : httpsPort;
        int port = !"https".equals(publicUrl.getScheme()) || publicUrl.getPort() == 0 ? runtimePort
                : publicUrl.getPort() == -1 ? 443 : publicUrl.getPort();
        return "https://" + publicUrl.getHost() + (port == 443 ? "" : ":" + port);
    }
}
