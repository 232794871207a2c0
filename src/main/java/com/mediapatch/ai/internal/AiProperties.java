package com.mediapatch.ai.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the router treats links (defaults follow LiteLLM's: three failures within a minute cool a link down). Each
 * capability's timeout is a God Mode setting.
 *
 * @param retries further attempts on the same link after a retryable error (5xx, connection failure)
 * @param retryBackoff the base wait before a retry; each wait is jittered between half and all of it, doubled per retry
 * @param failuresBeforeCooldown failures within {@code failureWindow} that cool a link down
 * @param failureWindow how far back failures count
 * @param cooldown how long a cooled-down link is skipped
 * @param maxPromptChars the longest text a member may send
 * @param soundfont an SF2 soundfont the in-process composer plays its scores with (e.g. Debian's
 *        {@code /usr/share/sounds/sf2/FluidR3_GM.sf2}); empty for the synthesizer's built-in sounds
 */
@ConfigurationProperties("mediapatch.ai")
public record AiProperties(@DefaultValue("1") int retries, @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("3") int failuresBeforeCooldown, @DefaultValue("1m") Duration failureWindow,
        @DefaultValue("1m") Duration cooldown, @DefaultValue("8000") int maxPromptChars,
        @DefaultValue("") String soundfont) {
}
