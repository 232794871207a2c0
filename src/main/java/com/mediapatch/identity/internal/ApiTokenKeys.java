package com.mediapatch.identity.internal;

import java.nio.file.Path;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The HMAC-SHA256 key that signs API access tokens, made on first start in the data dir
 * (owner-only). Every app node must share it: on a scale-out installation, give all nodes
 * the same {@code keys/api-token-signing.key} (the key vault will manage this later).
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenKeys {

    private final SecretKey key;

    ApiTokenKeys(@Value("${mediapatch.data-dir}") String dataDir) {
        this.key = new SecretKeySpec(KeyFiles.loadOrCreate(Path.of(dataDir, "keys", "api-token-signing.key"), 32), "HmacSHA256");
    }

    @Bean
    JwtEncoder apiTokenEncoder() {
        return new NimbusJwtEncoder(new ImmutableSecret<SecurityContext>(key));
    }

    @Bean
    JwtDecoder apiTokenDecoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ApiTokens.ISSUER));
        return decoder;
    }
}
