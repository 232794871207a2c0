package com.mediapatch.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;

/**
 * Asks the browser to forget what the signed-in visit left behind: cached pages, cookies and
 * script storage (where htmx would keep snapshots of private pages). Sent on every sign-out,
 * not only over HTTPS: browsers honour it on secure origins, localhost included, and ignore it
 * elsewhere.
 */
final class SignOutTraces {

    static final String HEADER_VALUE = "\"cache\", \"cookies\", \"storage\"";

    private SignOutTraces() {
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, Authentication signedOut) {
        response.setHeader("Clear-Site-Data", HEADER_VALUE);
    }
}
