package com.mediapatch.identity.internal;

import com.mediapatch.vault.SealedColumn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** Authenticator secrets are re-encrypted when the vault rotates its key. */
    @Bean
    SealedColumn totpSecrets() {
        return TotpEnrolment.SECRET;
    }
}
