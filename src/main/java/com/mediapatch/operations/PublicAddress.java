package com.mediapatch.operations;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The address people reach the site at ({@code mediapatch.public-url}, env
 * MEDIAPATCH_PUBLIC_URL). Links in mail are built from it, never from the request's Host
 * header, which a client can set to anything.
 *
 * @param publicUrl scheme, host and port, without a trailing slash
 */
@Validated
@ConfigurationProperties("mediapatch")
public record PublicAddress(
        @DefaultValue("http://localhost:8080") @Pattern(regexp = "https?://[^/\\s]+") String publicUrl) {

    /** An absolute URL for a path on this site. */
    public String of(String path) {
        return publicUrl + path;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicAddress.class)
    static class Binding {
    }
}
