package com.mediapatch.security;

import java.util.Locale;

/** How the platform is reached over HTTPS ({@code mediapatch.tls.mode}). */
public enum TlsMode {

    /** The embedded default: HTTPS with a certificate made in the data dir; plain HTTP redirects. */
    SELF_SIGNED,
    /** HTTPS with the operator's certificate and key (PEM files); plain HTTP redirects. */
    CERTIFICATE,
    /** Behind a reverse proxy that terminates TLS: X-Forwarded-* trusted from listed proxies only. */
    PROXY,
    /** Plain HTTP with no redirect: for tests and local development only. */
    OFF;

    static TlsMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("mediapatch.tls.mode must be self-signed, certificate, proxy or off, not '" + value + "'");
        }
    }

    /** Whether this node serves HTTPS itself (and a plain port that redirects to it). */
    public boolean servesHttps() {
        return this == SELF_SIGNED || this == CERTIFICATE;
    }
}
