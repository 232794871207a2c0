package com.mediapatch.security;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much of each request {@link SuspiciousInput} looks at
 * ({@code mediapatch.security.inspection.*}). Inspection only raises events, it refuses
 * nothing, so a cap costs a missed signal at worst, never safety.
 *
 * @param enabled whether requests are inspected at all
 * @param maxValueChars characters looked at from the start of each value (and of the path)
 * @param maxRequestChars characters looked at in one request, all values together
 */
@Validated
@ConfigurationProperties("mediapatch.security.inspection")
public record InspectionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("4096") @Min(1) int maxValueChars,
        @DefaultValue("32768") @Min(1) int maxRequestChars) {
}
