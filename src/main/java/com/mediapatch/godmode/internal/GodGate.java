package com.mediapatch.godmode.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.identity.GodAccess;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.identity.Member;

import org.springframework.stereotype.Component;

/**
 * The door to God Mode. Members whose address is not a God address never learn it exists
 * (404); God addresses that lack something see what; God accounts whose second-factor proof
 * is stale are sent to confirm it again.
 */
@Component
public class GodGate {

    /** What a request may do in God Mode. */
    public enum Access {
        /** Not a God address: God Mode does not exist for them. */
        HIDDEN,
        /** A God address that is not yet fully set up, or impersonating. */
        INCOMPLETE,
        /** God Mode, but the second-factor proof is older than the window. */
        STEP_UP_NEEDED,
        GRANTED
    }

    private final GodAccess access;
    private final Impersonation impersonation;
    private final GodModeProperties properties;
    private final Clock clock;

    GodGate(GodAccess access, Impersonation impersonation, GodModeProperties properties, Clock clock) {
        this.access = access;
        this.impersonation = impersonation;
        this.properties = properties;
        this.clock = clock;
    }

    public GodAccess.Eligibility eligibility(Member member, HttpServletRequest request) {
        return access.of(member, request.getSession(false));
    }

    public Access forViewing(Member member, HttpServletRequest request) {
        return check(member, request, properties.viewWindow());
    }

    public Access forAction(Member member, HttpServletRequest request) {
        return check(member, request, properties.actionWindow());
    }

    /** Throws unless the member may act now; controllers call it first thing. */
    public void requireAction(Member member, HttpServletRequest request) {
        require(forAction(member, request));
    }

    public void requireViewing(Member member, HttpServletRequest request) {
        require(forViewing(member, request));
    }

    private static void require(Access access) {
        switch (access) {
            case HIDDEN -> throw new GodModeRefused.Hidden();
            case INCOMPLETE -> throw new GodModeRefused.Incomplete();
            case STEP_UP_NEEDED -> throw new GodModeRefused.StepUpNeeded();
            case GRANTED -> {
            }
        }
    }

    private Access check(Member member, HttpServletRequest request, Duration window) {
        if (member == null || impersonation.current(request).isPresent()) {
            return member == null ? Access.HIDDEN : Access.INCOMPLETE;
        }
        GodAccess.Eligibility eligibility = eligibility(member, request);
        if (!eligibility.godEmail()) {
            return Access.HIDDEN;
        }
        if (!eligibility.holdsGodMode()) {
            return Access.INCOMPLETE;
        }
        return eligibility.steppedUpWithin(window, clock.instant()) ? Access.GRANTED : Access.STEP_UP_NEEDED;
    }
}
