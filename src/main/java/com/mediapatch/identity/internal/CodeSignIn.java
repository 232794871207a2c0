package com.mediapatch.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted.Outcome;

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
    private final SignedInSession session;
    private final Clock clock;

    CodeSignIn(SecondFactors secondFactors, SignInThrottle throttle, MemberDetailsService members,
            MemberAuthenticationProvider attempts, Authorities authorities, SignedInSession session, Clock clock) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.members = members;
        this.attempts = attempts;
        this.authorities = authorities;
        this.session = session;
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
        var reservation = throttle.reserve(pending.email(), from.ip());
        if (reservation.locked()) {
            request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            attempts.publish(pending.email(), null, from, Outcome.THROTTLED);
            return Result.THROTTLED;
        }
        Member member = members.byId(pending.account())
                .map(found -> found.withAuthorities(authorities.of(found.id(), found.email(), found.emailVerified(), true)))
                .orElse(null);
        if (member == null || !secondFactors.verify(pending.account(), code)) {
            attempts.publish(pending.email(), null, from, Outcome.BAD_SECOND_FACTOR);
            return Result.WRONG_CODE;
        }
        // The session records the success itself (as for passkeys).
        throttle.release(reservation);
        request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.establish(member, from, request, response);
        return Result.SIGNED_IN;
    }
}
