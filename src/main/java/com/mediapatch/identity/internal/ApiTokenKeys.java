package com.mediapatch.identity.internal;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.mediapatch.identity.AccountId;
import com.mediapatch.vault.NamedSecrets;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
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

    /** Access tokens of suspended or banned accounts stop working at once, not when they expire. */
    @Bean
    JwtDecoder apiTokenDecoder(Restrictions restrictions) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> unrestricted = jwt -> restrictions.allows(AccountId.valueOf(jwt.getSubject()))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The account is suspended or banned", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ApiTokens.ISSUER),
                unrestricted));
        return decoder;
    }
}
