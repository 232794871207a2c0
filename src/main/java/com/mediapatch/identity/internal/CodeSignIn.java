package com.mediapatch.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted.Outcome;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.stereotype.Service;

/**
 * The second step of signing in: a code from the authenticator app (or a recovery code)
 * for the sign-in whose password was accepted. Wrong codes count towards the same lockout
 * as wrong passwords. Only a right code creates the signed-in session, with a new session id.
 */
@Service
public class CodeSignIn {

    /** What became of a code. */
    public enum Result {
        SIGNED_IN, WRONG_CODE, THROTTLED, NOTHING_PENDING
    }

    private final SecondFactors secondFactors;
    private final SignInThrottle throttle;
    private final MemberDetailsService members;
    private final MemberAuthenticationProvider attempts;
    private final Authorities authorities;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    CodeSignIn(SecondFactors secondFactors, SignInThrottle throttle, MemberDetailsService members,
            MemberAuthenticationProvider attempts, Authorities authorities, Clock clock) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.members = members;
        this.attempts = attempts;
        this.authorities = authorities;
        this.clock = clock;
    }

    /** The pending sign-in of this browser, if one is waiting and not expired. */
    public PendingSignIn pending(HttpServletRequest request) {
        var session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        return pending instanceof PendingSignIn p && !p.expired(clock.instant()) ? p : null;
    }

    public Result enter(String code, HttpServletRequest request, HttpServletResponse response) {
        PendingSignIn pending = pending(request);
        if (pending == null) {
            return Result.NOTHING_PENDING;
        }
        SignInDetails from = SignInDetails.of(request);
        if (throttle.lockedFor(pending.email(), from.ip()).isPresent()) {
            request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            attempts.publish(pending.email(), null, from, Outcome.THROTTLED);
            return Result.THROTTLED;
        }
        Member member = members.byId(pending.account())
                .map(found -> found.withAuthorities(authorities.of(found.id(), found.email(), found.emailVerified(), true)))
                .orElse(null);
        if (member == null || !secondFactors.verify(pending.account(), code)) {
            throttle.record(pending.email(), from.ip(), false);
            attempts.publish(pending.email(), null, from, Outcome.BAD_SECOND_FACTOR);
            return Result.WRONG_CODE;
        }
        signIn(member, from, request, response);
        throttle.record(pending.email(), from.ip(), true);
        attempts.publish(pending.email(), member, from, Outcome.SUCCEEDED);
        return Result.SIGNED_IN;
    }

    private void signIn(Member member, SignInDetails from, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        request.changeSessionId();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
        authentication.setDetails(from);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        new CookieCsrfTokenRepository().saveToken(null, request, response);
        SignInOutcomes.labelSession(request);
    }
}
