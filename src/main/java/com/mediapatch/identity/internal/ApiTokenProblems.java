package com.mediapatch.identity.internal;

import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;
import com.mediapatch.shared.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** Why the API refused to hand out or renew tokens; each kind has its own problem type. */
public class ApiTokenProblems extends DomainProblem {

    static final ProblemType INVALID_CREDENTIALS = new ProblemType("invalid-credentials", "Invalid credentials",
            HttpStatus.UNAUTHORIZED, "The email and password don't match an account.");
    static final ProblemType SECOND_FACTOR_REQUIRED = new ProblemType("second-factor-required",
            "Second factor required", HttpStatus.UNAUTHORIZED,
            "This account uses two-step sign-in: send the current authenticator code (or a recovery code) as 'code'.");
    static final ProblemType INVALID_SECOND_FACTOR = new ProblemType("invalid-second-factor", "Invalid code",
            HttpStatus.UNAUTHORIZED, "The authenticator or recovery code is wrong or was already used.");
    static final ProblemType EMAIL_NOT_VERIFIED = new ProblemType("email-not-verified", "Email not verified",
            HttpStatus.FORBIDDEN, "Confirm the account's email address with the link we mailed before using the API.");
    static final ProblemType ACCOUNT_RESTRICTED = new ProblemType("account-restricted", "Account suspended or banned",
            HttpStatus.FORBIDDEN, "The account is suspended or banned, so it cannot sign in or use the API until that ends.");
    static final ProblemType REFRESH_TOKEN_INVALID = new ProblemType("refresh-token-invalid", "Refresh token invalid",
            HttpStatus.UNAUTHORIZED, "The refresh token is unknown, expired or revoked. Sign in again.");
    static final ProblemType REFRESH_TOKEN_REUSED = new ProblemType("refresh-token-reused", "Refresh token reused",
            HttpStatus.UNAUTHORIZED,
            "This refresh token was already used, so it may have been stolen: every token of its family is now revoked. Sign in again.");

    ApiTokenProblems(ProblemType type) {
        super(type, type.description());
    }

    ApiTokenProblems(ProblemType type, String detail) {
        super(type, detail);
    }

    /** Publishes the types so their URIs resolve to explanations. */
    @Configuration(proxyBeanMethods = false)
    static class Types {

        @Bean
        ProblemTypes identityProblemTypes() {
            return () -> List.of(INVALID_CREDENTIALS, SECOND_FACTOR_REQUIRED, INVALID_SECOND_FACTOR, EMAIL_NOT_VERIFIED,
                    ACCOUNT_RESTRICTED, REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED, LinkInvalid.TYPE);
        }
    }
}
