package com.mediapatch.ai.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.ai.internal.GodChange;
import com.mediapatch.identity.GodAccess;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.stereotype.Component;

/**
 * The door to the AI panel, kept as God Mode keeps its own: anyone without God Mode gets the ordinary 404; a God
 * account that is impersonating, not fully set up, or whose second-factor proof is stale is sent to God Mode to
 * sort that out (the same windows: an hour to look, ten minutes to change).
 */
@Component
class AiGodGate {

    static final Duration VIEW_WINDOW = Duration.ofMinutes(60);
    static final Duration ACTION_WINDOW = Duration.ofMinutes(10);

    private final GodAccess access;
    private final Impersonation impersonation;
    private final Clock clock;

    AiGodGate(GodAccess access, Impersonation impersonation, Clock clock) {
        this.access = access;
        this.impersonation = impersonation;
        this.clock = clock;
    }

    void requireViewing(Member member, HttpServletRequest request) {
        require(member, request, VIEW_WINDOW);
    }

    /** Checks the member may change things now, and names them for the audit log. */
    GodChange requireAction(Member member, HttpServletRequest request) {
        require(member, request, ACTION_WINDOW);
        return new GodChange(member.id(), request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    private void require(Member member, HttpServletRequest request, Duration window) {
        if (member == null) {
            throw new Hidden();
        }
        GodAccess.Eligibility eligibility = access.of(member, request.getSession(false));
        if (!eligibility.godEmail()) {
            throw new Hidden();
        }
        if (impersonation.current(request).isPresent() || !eligibility.holdsGodMode()
                || !eligibility.steppedUpWithin(window, clock.instant())) {
            throw new StepUpNeeded();
        }
    }

    /** Not a God account: answered as if the page did not exist. */
    static final class Hidden extends DomainProblem {
        Hidden() {
            super(ProblemType.NOT_FOUND, "No page exists here.");
        }
    }

    /** A God account that must confirm its second factor (or finish setting up) in God Mode first. */
    static final class StepUpNeeded extends DomainProblem {
        StepUpNeeded() {
            super(ProblemType.FORBIDDEN, "Confirm your second factor in God Mode to continue.");
        }
    }
}
