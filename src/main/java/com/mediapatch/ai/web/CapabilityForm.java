package com.mediapatch.ai.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.mediapatch.ai.internal.Audience;

/** A capability's switch, audience, daily quota per member (0 for none) and per-attempt timeout in seconds. */
public record CapabilityForm(Boolean enabled, @NotNull(message = "Choose who may use it.") Audience audience,
        @NotNull(message = "Enter a daily quota, 0 for none.") @Min(value = 0, message = "Use 0 or more.")
        @Max(value = 1_000_000, message = "Use at most 1,000,000.") Integer dailyQuota,
        @NotNull(message = "Enter a timeout in seconds.") @Min(value = 1, message = "Use at least 1 second.")
        @Max(value = 600, message = "Use at most 600 seconds.") Integer timeoutSeconds) {

    /** An unticked box is not sent at all. */
    boolean switchedOn() {
        return Boolean.TRUE.equals(enabled);
    }
}
