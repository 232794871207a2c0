package com.mediapatch.live;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live channel settings ({@code mediapatch.live.*}).
 *
 * @param redisUrl when set, events are relayed through Redis pub/sub so every app node delivers
 *        them to its own connections; empty means in-process delivery (one node)
 * @param maxConnectionsPerMember open tabs per member on one node; opening one more closes the oldest
 * @param queuePerConnection events waiting for a slow tab; when full the tab is disconnected and
 *        catches up on reconnect, so one slow reader never holds memory or a publisher
 * @param replayLimit most events replayed per topic on reconnect
 * @param timeout how long one stream lasts before the browser reconnects
 */
@Validated
@ConfigurationProperties("mediapatch.live")
record LiveProperties(@DefaultValue("") String redisUrl,
        @DefaultValue("8") @Min(1) @Max(64) int maxConnectionsPerMember,
        @DefaultValue("256") @Min(8) @Max(10000) int queuePerConnection,
        @DefaultValue("500") @Min(1) @Max(5000) int replayLimit,
        @DefaultValue("30m") Duration timeout) {
}
