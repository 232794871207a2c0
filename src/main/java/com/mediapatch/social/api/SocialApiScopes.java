package com.mediapatch.social.api;

import com.mediapatch.identity.ApiScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The friends API's own scopes: friends, requests, blocks and mutes. */
@Configuration(proxyBeanMethods = false)
class SocialApiScopes {

    static final String READ = "social:read";
    static final String WRITE = "social:write";

    @Bean
    ApiScope socialReadScope() {
        return new ApiScope(READ, "See your friends, friend requests, blocks and mutes");
    }

    @Bean
    ApiScope socialWriteScope() {
        return new ApiScope(WRITE, "Send and answer friend requests, unfriend, block and mute");
    }
}
