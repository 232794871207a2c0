package com.mediapatch.messaging.api;

import com.mediapatch.identity.ApiScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messaging API's own scopes, so a profile token opens no conversation. */
@Configuration(proxyBeanMethods = false)
class MessagingApiScopes {

    static final String READ = "messages:read";
    static final String WRITE = "messages:write";

    @Bean
    ApiScope messagesReadScope() {
        return new ApiScope(READ, "Read your conversations and messages");
    }

    @Bean
    ApiScope messagesWriteScope() {
        return new ApiScope(WRITE, "Start conversations, send messages and mark them read");
    }
}
