package com.mediapatch.messaging.internal;

import com.mediapatch.vault.SealedColumn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    /** Message bodies are re-encrypted when the vault rotates its key. */
    @Bean
    SealedColumn messageBodies() {
        return MessageStore.BODY;
    }

    /** So are the earlier versions kept for moderators. */
    @Bean
    SealedColumn earlierMessageBodies() {
        return MessageStore.EARLIER_BODY;
    }
}
