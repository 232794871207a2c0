package com.mediapatch.identity.internal;

import java.time.Duration;

import com.mediapatch.identity.Member;
import com.mediapatch.identity.Restriction;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused for a reason other than wrong credentials, with what to tell the person. */
class SignInRefused extends AuthenticationException {

    enum Reason {
        THROTTLED, UNVERIFIED_EMAIL, RESTRICTED, SECOND_FACTOR_REQUIRED
    }

    private final Reason reason;
    private final transient Duration wait;
    private final transient Member member;
    private final transient Restriction restriction;

    private SignInRefused(Reason reason, Duration wait, Member member) {
        this(reason, wait, member, null);
    }

    private SignInRefused(Reason reason, Duration wait, Member member, Restriction restriction) {
        super(reason.name());
        this.reason = reason;
        this.wait = wait;
        this.member = member;
        this.restriction = restriction;
    }

    /** The password was right but the account is suspended or banned. */
    static SignInRefused restricted(Restriction restriction) {
        return new SignInRefused(Reason.RESTRICTED, Duration.ZERO, null, restriction);
    }

    Restriction restriction() {
        return restriction;
    }

    static SignInRefused throttled(Duration wait) {
        return new SignInRefused(Reason.THROTTLED, wait, null);
    }

    static SignInRefused unverified() {
        return new SignInRefused(Reason.UNVERIFIED_EMAIL, Duration.ZERO, null);
    }

    /** The password was right; the member still has to enter a code from their second factor. */
    static SignInRefused secondFactorRequired(Member member) {
        return new SignInRefused(Reason.SECOND_FACTOR_REQUIRED, Duration.ZERO, member.withoutPassword());
    }

    Member member() {
        return member;
    }

    Reason reason() {
        return reason;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    long minutesToWait() {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }
}
