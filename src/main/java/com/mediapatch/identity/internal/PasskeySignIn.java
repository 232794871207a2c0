package com.mediapatch.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completes a passkey sign-in. Spring Security checks the passkey and stores a WebAuthn
 * authentication (keeping the session id); on the next request this turns it into the same
 * signed-in {@link Member} as any other sign-in, in a new session. A passkey proves
 * possession and the device's user check at once, so it counts as a strong sign-in.
 */
@Component
class PasskeySignIn extends OncePerRequestFilter {

    private final MemberDetailsService members;
    private final Authorities authorities;
    private final Restrictions restrictions;
    private final SignedInSession session;

    PasskeySignIn(MemberDetailsService members, Authorities authorities, Restrictions restrictions, SignedInSession session) {
        this.members = members;
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.session = session;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof WebAuthnAuthentication passkey) {
            Member member = members.byId(AccountId.valueOf(passkey.getName())).filter(Member::emailVerified)
                    .filter(found -> restrictions.allows(found.id()))
                    .map(found -> found.withAuthorities(authorities.of(found.id(), found.email(), true, true)))
                    .orElse(null);
            session.establish(member, SignInDetails.of(request), request, response);
        }
        chain.doFilter(request, response);
    }
}
