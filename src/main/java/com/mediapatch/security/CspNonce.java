package com.mediapatch.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The nonce of this response's Content-Security-Policy. A template that truly needs an inline
 * script or style puts it in {@code nonce="..."}; everything else loads from files.
 */
public final class CspNonce {

    static final String ATTRIBUTE = CspNonce.class.getName();

    private CspNonce() {
    }

    /** The nonce for this request, or null outside the header filter. */
    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
