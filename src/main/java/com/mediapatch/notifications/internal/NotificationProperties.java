package com.mediapatch.notifications.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notifications module ({@code mediapatch.notifications.*}).
 *
 * @param digestInterval how often the email digest goes out
 * @param claimTimeout after how long a digest claim by a node that died is taken over
 * @param mailFrom sender of digest mail
 */
@Validated
@ConfigurationProperties("mediapatch.notifications")
public record NotificationProperties(@DefaultValue("1h") @NotNull Duration digestInterval,
        @DefaultValue("15m") @NotNull Duration claimTimeout,
        @DefaultValue("The Media Patch <no-reply@localhost>") @NotBlank String mailFrom) {
}
