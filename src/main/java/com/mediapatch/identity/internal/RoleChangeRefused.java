package com.mediapatch.identity.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** Why a role cannot be given or taken; the roles page shows each in its form, anything else gets its problem. */
public abstract class RoleChangeRefused extends DomainProblem {

    RoleChangeRefused(ProblemType type, String detail) {
        super(type, detail);
    }

    /** The address typed belongs to no account. */
    public static final class NoAccountWithEmail extends RoleChangeRefused {
        NoAccountWithEmail(String email) {
            super(ProblemType.VALIDATION_FAILED, "No account uses " + email + ".");
        }
    }

    /** There is no role of that name to give. */
    public static final class NoSuchRole extends RoleChangeRefused {
        NoSuchRole(String role) {
            super(ProblemType.VALIDATION_FAILED, "There is no role called " + role + ".");
        }
    }

    /** God Mode is never given from a page. */
    public static final class GodRoleFromConfigurationOnly extends RoleChangeRefused {
        GodRoleFromConfigurationOnly() {
            super(ProblemType.FORBIDDEN, "God Mode is given by the operator's configuration, never from a page.");
        }
    }

    /** An admin tried to give or take the admin role. */
    public static final class AdminRoleNeedsGod extends RoleChangeRefused {
        AdminRoleNeedsGod() {
            super(ProblemType.FORBIDDEN, "Only God accounts can give or take the admin role.");
        }
    }
}
