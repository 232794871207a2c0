package com.mediapatch.identity.internal;

import com.mediapatch.identity.Member;
import com.mediapatch.identity.SignInAttempted.Outcome;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Signing in from an API client: the same checks as the sign-in page (throttle, verified
 * email, second factor, every attempt recorded), answered with tokens instead of a session.
 */
@Service
public class ApiSignIn {

    private final MemberAuthenticationProvider passwords;
    private final SecondFactors secondFactors;
    private final SignInThrottle throttle;
    private final ApiTokens tokens;

    ApiSignIn(MemberAuthenticationProvider passwords, SecondFactors secondFactors, SignInThrottle throttle,
            ApiTokens tokens) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public ApiTokens.TokenPair signIn(String email, String password, String code, String ip, String userAgent) {
        SignInDetails from = new SignInDetails(ip, userAgent == null ? "unknown" : userAgent);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(from);
        try {
            Member member = (Member) passwords.authenticate(attempt).getPrincipal();
            return tokens.issue(member.id());
        } catch (BadCredentialsException wrong) {
            throw new ApiTokenProblems(ApiTokenProblems.INVALID_CREDENTIALS);
        } catch (SignInRefused refused) {
            return switch (refused.reason()) {
                case THROTTLED -> throw new TooManyAttempts(refused.minutesToWait());
                case UNVERIFIED_EMAIL -> throw new ApiTokenProblems(ApiTokenProblems.EMAIL_NOT_VERIFIED);
                case RESTRICTED -> throw new ApiTokenProblems(ApiTokenProblems.ACCOUNT_RESTRICTED, refused.restriction().describe());
                case SECOND_FACTOR_REQUIRED -> secondStep(refused.member(), code, from);
            };
        }
    }

    private ApiTokens.TokenPair secondStep(Member member, String code, SignInDetails from) {
        if (code == null || code.isBlank()) {
            throw new ApiTokenProblems(ApiTokenProblems.SECOND_FACTOR_REQUIRED);
        }
        var reservation = throttle.reserve(member.email(), from.ip());
        if (reservation.locked()) {
            passwords.publish(member.email(), null, from, Outcome.THROTTLED);
            throw new TooManyAttempts(reservation.minutesToWait());
        }
        if (!secondFactors.verify(member.id(), code)) {
            passwords.publish(member.email(), null, from, Outcome.BAD_SECOND_FACTOR);
            throw new ApiTokenProblems(ApiTokenProblems.INVALID_SECOND_FACTOR);
        }
        throttle.succeeded(reservation);
        passwords.publish(member.email(), member, from, Outcome.SUCCEEDED);
        return tokens.issue(member.id());
    }
}
