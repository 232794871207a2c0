package com.mediapatch.identity.internal;

import com.mediapatch.identity.ApiScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account and profile scopes: {@code GET /api/v1/me} needs {@code profile:read}. */
@Configuration(proxyBeanMethods = false)
class IdentityApiScopes {

    static final String PROFILE_READ = "profile:read";
    static final String PROFILE_WRITE = "profile:write";

    @Bean
    ApiScope profileReadScope() {
        return new ApiScope(PROFILE_READ, "Read your account and profile");
    }

    @Bean
    ApiScope profileWriteScope() {
        return new ApiScope(PROFILE_WRITE, "Change your profile");
    }
}
