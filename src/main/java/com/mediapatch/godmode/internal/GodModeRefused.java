package com.mediapatch.godmode.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** Why God Mode turned a request away; the web layer answers each in its own way. */
public abstract class GodModeRefused extends DomainProblem {

    GodModeRefused(ProblemType type, String detail) {
        super(type, detail);
    }

    /** Not a God account: answered as if the page did not exist. */
    public static final class Hidden extends GodModeRefused {
        public Hidden() {
            super(ProblemType.NOT_FOUND, "No page exists here.");
        }
    }

    /** A God address without everything God Mode needs: sent to the checklist. */
    public static final class Incomplete extends GodModeRefused {
        public Incomplete() {
            super(ProblemType.FORBIDDEN, "God Mode needs a verified address, two-step sign-in, and no impersonation in progress.");
        }
    }

    /** The second-factor proof is stale: sent to confirm a code. */
    public static final class StepUpNeeded extends GodModeRefused {
        public StepUpNeeded() {
            super(ProblemType.FORBIDDEN, "Confirm your second factor again to continue.");
        }
    }
}
