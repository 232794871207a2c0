package com.mediapatch.identity.internal;

import java.time.Duration;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.shared.RateLimitPolicy;
import com.mediapatch.shared.RateLimitRule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tight budgets for everything that guesses or sends mail: sign-in, codes, sign-up and password reset. The policies are named so other modules' code prompts can share them (God Mode's step-up uses {@code code-entry}). */
@Configuration(proxyBeanMethods = false)
class IdentityRateLimits {

    @Bean
    RateLimitPolicy signInRateLimit() {
        return new RateLimitPolicy("sign-in", 10, Duration.ofMinutes(1));
    }

    @Bean
    RateLimitPolicy signUpRateLimit() {
        return new RateLimitPolicy("sign-up", 5, Duration.ofMinutes(10));
    }

    @Bean
    RateLimitPolicy passwordResetRateLimit() {
        return new RateLimitPolicy("password-reset", 5, Duration.ofMinutes(15));
    }

    @Bean
    RateLimitPolicy codeEntryRateLimit() {
        return new RateLimitPolicy("code-entry", 10, Duration.ofMinutes(5));
    }

    @Bean
    RateLimitRule signInRule() {
        return RateLimitRule.post("identity.sign-in", IdentityRoutes.SIGN_IN, "sign-in");
    }

    @Bean
    RateLimitRule signInCodeRule() {
        return RateLimitRule.post("identity.sign-in-code", IdentityRoutes.SIGN_IN_CODE, "code-entry");
    }

    @Bean
    RateLimitRule passkeySignInRule() {
        return RateLimitRule.post("identity.passkey-sign-in", "/login/webauthn", "sign-in");
    }

    @Bean
    RateLimitRule apiTokenRule() {
        return RateLimitRule.post("identity.api-auth", "/api/v1/auth/", "sign-in");
    }

    @Bean
    RateLimitRule signUpRule() {
        return RateLimitRule.post("identity.sign-up", IdentityRoutes.SIGN_UP, "sign-up");
    }

    @Bean
    RateLimitRule passwordResetRule() {
        return RateLimitRule.post("identity.password-reset", IdentityRoutes.PASSWORD_RESET, "password-reset");
    }

    @Bean
    RateLimitRule resendVerificationRule() {
        return RateLimitRule.post("identity.resend-verification", IdentityRoutes.RESEND_VERIFICATION, "password-reset");
    }

    @Bean
    RateLimitRule securitySettingsRule() {
        return RateLimitRule.post("identity.security-settings", IdentityRoutes.SECURITY_SETTINGS, "code-entry");
    }
}
