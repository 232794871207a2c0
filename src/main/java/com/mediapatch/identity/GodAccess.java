package com.mediapatch.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import com.mediapatch.identity.internal.Authorities;
import com.mediapatch.identity.internal.Passkeys;
import com.mediapatch.identity.internal.SecondFactors;

import org.springframework.stereotype.Service;

/**
 * Whether a member holds God Mode right now, what is missing if not, and the step-up check
 * God actions need: a second factor confirmed within a few minutes.
 */
@Service
public class GodAccess {

    /** Session attribute: when this session last proved a second factor (sign-in or step-up). */
    public static final String SECOND_FACTOR_AT = "mediapatch.second-factor-at";

    private final Authorities authorities;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final Clock clock;

    GodAccess(Authorities authorities, SecondFactors secondFactors, Passkeys passkeys, Clock clock) {
        this.authorities = authorities;
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.clock = clock;
    }

    /**
     * What God Mode needs, checked live for a signed-in member.
     *
     * @param godEmail the address is listed in {@code mediapatch.god.emails}
     * @param emailVerified the address is proven
     * @param secondFactorEnrolled an authenticator app or a passkey is set up
     * @param strongSignIn this session signed in with it (only then does the God role apply)
     * @param secondFactorAt when this session last proved it, or null
     */
    public record Eligibility(boolean godEmail, boolean emailVerified, boolean secondFactorEnrolled, boolean strongSignIn,
            Instant secondFactorAt) {

        public boolean holdsGodMode() {
            return godEmail && emailVerified && secondFactorEnrolled && strongSignIn;
        }

        /** Whether the last second-factor proof is recent enough for a God action. */
        public boolean steppedUpWithin(Duration window, Instant now) {
            return secondFactorAt != null && !secondFactorAt.plus(window).isBefore(now);
        }

        /** What the member still has to do, in their words. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (!emailVerified) {
                missing.add("Confirm your email address with the link we mailed you.");
            }
            if (!secondFactorEnrolled) {
                missing.add("Turn on two-step sign-in (an authenticator app or a passkey) in Settings → Security.");
            }
            if (secondFactorEnrolled && !strongSignIn) {
                missing.add("Sign out and sign in again with your second factor.");
            }
            return missing;
        }
    }

    public Eligibility of(Member member, HttpSession session) {
        boolean enrolled = secondFactors.enrolled(member.id()) || passkeys.any(member.id());
        Object provedAt = session == null ? null : session.getAttribute(SECOND_FACTOR_AT);
        return new Eligibility(authorities.isGodEmail(member.email()), member.emailVerified(), enrolled,
                member.authorities().contains("ROLE_GOD"), provedAt instanceof Instant at ? at : null);
    }

    /** Step-up: checks an authenticator or recovery code and, if right, records the proof in the session. */
    public boolean confirmSecondFactor(Member member, String code, HttpSession session) {
        if (code == null || !secondFactors.verify(member.id(), code.strip())) {
            return false;
        }
        session.setAttribute(SECOND_FACTOR_AT, clock.instant());
        return true;
    }
}
