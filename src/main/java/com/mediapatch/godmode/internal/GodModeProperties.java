package com.mediapatch.godmode.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fresh a God account's second-factor proof must be.
 *
 * @param actionWindow for anything that changes state (suspend, impersonate, site modes...)
 * @param viewWindow for looking around the dashboard
 */
@ConfigurationProperties("mediapatch.godmode")
public record GodModeProperties(@DefaultValue("10m") Duration actionWindow, @DefaultValue("60m") Duration viewWindow) {
}
