package com.mediapatch.vault.internal;

import com.mediapatch.vault.SealedColumn;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaultProperties.class)
class VaultConfiguration {

    @Bean
    SealedColumn vaultSecretMaterial() {
        return StoredSecrets.MATERIAL;
    }
}
