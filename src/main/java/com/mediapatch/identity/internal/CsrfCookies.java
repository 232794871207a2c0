package com.mediapatch.identity.internal;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Where the CSRF token lives: a cookie scripts cannot read (only the page hands the token to
 * htmx) that, like the session cookie, does not ride cross-site subrequests.
 */
final class CsrfCookies {

    private CsrfCookies() {
    }

    static CookieCsrfTokenRepository repository() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }
}
