package com.mediapatch.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.GodAccess;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted.Outcome;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Finishes a sign-in that did not go through the password form's own success path (the
 * code step, passkeys): a new session id and CSRF token, the member in the stored security
 * context, the session labelled, the attempt recorded and published. Given no member, the
 * session is left signed out.
 */
@Component
class SignedInSession {

    private final SignInThrottle throttle;
    private final MemberAuthenticationProvider attempts;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInSession(SignInThrottle throttle, MemberAuthenticationProvider attempts, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.attempts = attempts;
    }

    void establish(Member member, SignInDetails from, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        CsrfCookies.repository().saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        if (member != null) {
            var authentication = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
            authentication.setDetails(from);
            context.setAuthentication(authentication);
            SignInOutcomes.labelSession(request);
            request.getSession().setAttribute(GodAccess.SECOND_FACTOR_AT, clock.instant());
            throttle.record(member.email(), from.ip(), true);
            attempts.publish(member.email(), member, from, Outcome.SUCCEEDED);
        }
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
