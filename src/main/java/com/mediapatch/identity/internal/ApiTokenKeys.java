package com.mediapatch.identity.internal;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.mediapatch.vault.NamedSecrets;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The HMAC-SHA256 key that signs API access tokens: a vault secret, so every node signs and
 * checks with the same key.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenKeys {

    private final SecretKey key;

    ApiTokenKeys(NamedSecrets secrets) {
        this.key = new SecretKeySpec(secrets.secret("identity.api-token-signing", 32), "HmacSHA256");
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
