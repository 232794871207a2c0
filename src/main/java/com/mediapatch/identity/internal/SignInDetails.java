package com.mediapatch.identity.internal;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in came from, kept with the authentication.
 *
 * @param ip client address as the servlet container resolved it
 * @param userAgent the client's own description, cut to a sane length
 */
record SignInDetails(String ip, String userAgent) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE = SignInDetails::of;

    static SignInDetails of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return new SignInDetails(request.getRemoteAddr(),
                agent == null ? "unknown" : agent.substring(0, Math.min(agent.length(), 512)));
    }
}
