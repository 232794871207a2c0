package com.mediapatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Who a request comes from, as rate limits and security events name it. */
final class ClientIdentity {

    private ClientIdentity() {
    }

    /** The member's account id when signed in, else the client's address (as the trusted proxy reports it). */
    static String of(HttpServletRequest request) {
        if (request.getRemoteUser() != null) {
            return "member:" + request.getRemoteUser();
        }
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null) {
            return "member:" + security.getAuthentication().getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
