package com.mediapatch.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.shared.Embeds;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Helmet set of headers on every response. Scripts run only from this site's files or
 * with this response's nonce; nothing may frame the site; the only third-party frames ever
 * allowed will be the media embeds a later module opts into. The API documentation page
 * (Swagger UI inside the site's page) styles itself inline, so it alone allows inline styles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    private static final String API_DOCS = "/api/docs";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(CspNonce.ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce, isApiDocs(request)));
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /**
     * The media players messages and profiles may load, only after the reader clicks "Load player"
     * on a link card (see the shared Embeds); no other origin may be framed.
     */
    static final String PLAYER_FRAMES = String.join(" ", Embeds.PLAYER_ORIGINS);

    // Built once: per request only the nonce is joined in.
    private static final String POLICY_START = "default-src 'self'; script-src 'self' 'nonce-";
    private static final String POLICY_END = policyEnd(false);
    private static final String API_DOCS_POLICY_END = policyEnd(true);

    static String policy(String nonce, boolean apiDocs) {
        return POLICY_START.concat(nonce).concat(apiDocs ? API_DOCS_POLICY_END : POLICY_END);
    }

    private static String policyEnd(boolean apiDocs) {
        return "'; style-src 'self'" + (apiDocs ? " 'unsafe-inline'" : "") + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "frame-src " + PLAYER_FRAMES + "; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    private static boolean isApiDocs(HttpServletRequest request) {
        return request.getServletPath().startsWith(API_DOCS);
    }
}
