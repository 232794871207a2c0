package com.mediapatch.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** New passkeys may be registered only within minutes of re-entering the password. */
@Component
class PasskeyRegistrationGuard extends OncePerRequestFilter {

    private final Passkeys passkeys;

    PasskeyRegistrationGuard(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getServletPath().startsWith("/webauthn/register");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!passkeys.recentlyConfirmed(request.getSession(false))) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "Confirm your password before adding a passkey.");
            return;
        }
        chain.doFilter(request, response);
    }
}
