package com.mediapatch.identity.internal;

import java.time.Clock;

import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted;
import com.mediapatch.identity.SignInAttempted.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in, guarded by {@link SignInThrottle}, refusing unverified
 * addresses, handing over to the code step when a second factor is enrolled, recording
 * every attempt and publishing it as a {@link SignInAttempted} security event. The
 * password hash never reaches the session.
 */
@Component
class MemberAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final Restrictions restrictions;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberAuthenticationProvider(MemberDetailsService members, PasswordEncoder encoder, SignInThrottle throttle,
            SecondFactors secondFactors, Passkeys passkeys, Restrictions restrictions, Authorities authorities,
            ApplicationEventPublisher events, Clock clock) {
        super(members);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = Account.normalize(attempt.getName());
        if (email.length() > 254) {
            throw new BadCredentialsException("Email too long");
        }
        SignInDetails from = attempt.getDetails() instanceof SignInDetails details ? details
                : new SignInDetails("unknown", "unknown");
        var reservation = throttle.reserve(email, from.ip());
        if (reservation.locked()) {
            publish(email, null, from, Outcome.THROTTLED);
            throw SignInRefused.throttled(reservation.waitFor());
        }
        Authentication result;
        try {
            result = super.authenticate(attempt);
        } catch (BadCredentialsException e) {
            publish(email, null, from, Outcome.BAD_CREDENTIALS);
            throw e;
        }
        Member member = (Member) result.getPrincipal();
        SignInRefused refused = refusal(member, email, from);
        if (refused != null) {
            throttle.release(reservation);
            throw refused;
        }
        throttle.succeeded(reservation);
        publish(email, member, from, Outcome.SUCCEEDED);
        return result;
    }

    /** Why a member whose password was right still may not sign in now, if they may not. */
    private SignInRefused refusal(Member member, String email, SignInDetails from) {
        if (!member.emailVerified()) {
            publish(email, null, from, Outcome.UNVERIFIED_EMAIL);
            return SignInRefused.unverified();
        }
        var restriction = restrictions.of(member.id());
        if (restriction.isPresent()) {
            publish(email, null, from, Outcome.RESTRICTED);
            return SignInRefused.restricted(restriction.get());
        }
        if (secondFactors.enrolled(member.id()) || passkeys.any(member.id())) {
            publish(email, member, from, Outcome.SECOND_FACTOR_REQUIRED);
            return SignInRefused.secondFactorRequired(member);
        }
        return null;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
            UserDetails user) {
        Member member = (Member) principal;
        Member granted = member.withoutPassword()
                .withAuthorities(authorities.of(member.id(), member.email(), member.emailVerified(), false));
        return super.createSuccessAuthentication(granted, authentication, granted);
    }

    void publish(String email, Member member, SignInDetails from, Outcome outcome) {
        events.publishEvent(new SignInAttempted(email, member == null ? null : member.id(), from.ip(),
                from.userAgent(), outcome, clock.instant()));
    }
}
