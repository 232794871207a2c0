package com.mediapatch.messaging.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Messaging settings ({@code mediapatch.messaging.*}).
 *
 * @param maxLength the longest message, in characters
 * @param pageSize messages per page of history
 */
@Validated
@ConfigurationProperties("mediapatch.messaging")
public record MessagingProperties(@DefaultValue("4000") @Min(1) @Max(10000) int maxLength,
        @DefaultValue("30") @Min(5) @Max(200) int pageSize) {
}
