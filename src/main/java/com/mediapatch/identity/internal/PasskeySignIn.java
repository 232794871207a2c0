package com.mediapatch.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted.Outcome;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completes a passkey sign-in. Spring Security checks the passkey and stores a WebAuthn
 * authentication; on the next request this turns it into the same signed-in {@link Member}
 * as any other sign-in (authorities, session labels, security event). A passkey proves
 * possession and the device's user check at once, so it counts as a strong sign-in.
 */
@Component
class PasskeySignIn extends OncePerRequestFilter {

    private final MemberDetailsService members;
    private final Authorities authorities;
    private final SignInThrottle throttle;
    private final MemberAuthenticationProvider attempts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PasskeySignIn(MemberDetailsService members, Authorities authorities, SignInThrottle throttle,
            MemberAuthenticationProvider attempts) {
        this.members = members;
        this.authorities = authorities;
        this.throttle = throttle;
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holder.getContext().getAuthentication() instanceof WebAuthnAuthentication passkey) {
            complete(passkey, request, response);
        }
        chain.doFilter(request, response);
    }

    private void complete(WebAuthnAuthentication passkey, HttpServletRequest request, HttpServletResponse response) {
        SignInDetails from = SignInDetails.of(request);
        Member member = members.byId(AccountId.valueOf(passkey.getName())).filter(Member::emailVerified)
                .map(found -> found.withAuthorities(authorities.of(found.id(), found.email(), true, true)))
                .orElse(null);
        SecurityContext context = holder.createEmptyContext();
        // Spring's WebAuthn filter keeps the session id; a new one defeats planted sessions.
        request.changeSessionId();
        new CookieCsrfTokenRepository().saveToken(null, request, response);
        if (member != null) {
            var authentication = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
            authentication.setDetails(from);
            context.setAuthentication(authentication);
            SignInOutcomes.labelSession(request);
            throttle.record(member.email(), from.ip(), true);
            attempts.publish(member.email(), member, from, Outcome.SUCCEEDED);
        }
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
