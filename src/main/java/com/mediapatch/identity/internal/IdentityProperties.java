package com.mediapatch.identity.internal;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the identity module ({@code mediapatch.identity.*}).
 *
 * @param mailFrom sender of account mail
 * @param sessionLifetime absolute limit of a session, however active; idle expiry is
 *        {@code spring.session.timeout}
 * @param sessionAccessGranularity how stale a session's stored last access may get before a
 *        request writes it again; idle expiry comes this much early at most
 * @param throttle brute-force protection
 * @param passkeys WebAuthn relying-party settings
 */
@Validated
@ConfigurationProperties("mediapatch.identity")
public record IdentityProperties(
        @DefaultValue("The Media Patch <no-reply@localhost>") @NotBlank String mailFrom,
        @DefaultValue("12h") @NotNull Duration sessionLifetime,
        @DefaultValue("1m") @NotNull Duration sessionAccessGranularity,
        @DefaultValue @Valid Throttle throttle,
        @DefaultValue @Valid Passkeys passkeys) {

    /**
     * Where passkeys are valid. Browsers bind a passkey to the site's host name, so set these
     * to the public host and origin(s) the site is reached at.
     *
     * @param rpId the host name, e.g. patch.example.org
     * @param allowedOrigins every origin pages are served from, e.g. https://patch.example.org
     */
    public record Passkeys(
            @DefaultValue("localhost") @NotBlank String rpId,
            @DefaultValue({"http://localhost:8080", "https://localhost:8443"}) Set<String> allowedOrigins) {
    }

    /**
     * Sign-in failures tolerated within {@code window} before further attempts are refused
     * until the window has passed since the last failure.
     *
     * @param window how far back failures count
     * @param perAccount failures allowed for one email address
     * @param perAddress failures allowed from one client IP address, whatever the email
     */
    public record Throttle(
            @DefaultValue("15m") @NotNull Duration window,
            @DefaultValue("5") @Min(1) int perAccount,
            @DefaultValue("20") @Min(1) int perAddress) {
    }
}
