package com.mediapatch.audit.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit log ({@code mediapatch.audit.*}).
 *
 * @param origin the name checkpoints carry; empty means "mediapatch/" followed by the host
 *        of the public URL
 * @param checkpointInterval how often a checkpoint is signed, when the log has grown since the last
 * @param refusalWindow refused requests are counted per reason and client over windows this long
 */
@Validated
@ConfigurationProperties("mediapatch.audit")
public record AuditProperties(
        @DefaultValue("") @Pattern(regexp = "\\S*") String origin,
        @DefaultValue("1h") @NotNull Duration checkpointInterval,
        @DefaultValue("1m") @NotNull Duration refusalWindow) {
}
