package com.mediapatch.notifications.web;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiScope;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The account a bearer token speaks for, once it holds the scope. The API chain lets every
 * request through to the controllers, so this answers 401 or 403 as problem details itself.
 */
final class ApiCaller {

    private ApiCaller() {
    }

    static AccountId require(Authentication caller, ApiScope scope) {
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            throw new Refused(ProblemType.UNAUTHORIZED);
        }
        if (caller.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(scope.authority()))) {
            throw new Refused(ProblemType.FORBIDDEN);
        }
        return AccountId.valueOf(caller.getName());
    }

    /** The token is missing or lacks the scope. */
    static final class Refused extends DomainProblem {

        Refused(ProblemType type) {
            super(type, type.description());
        }
    }
}
