package com.mediapatch.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What to recover and keep of the events modules hand each other
 * ({@code mediapatch.operations.events.*}).
 *
 * @param batchSize how many failed publications at most are resubmitted per round
 * @param keepCompleted how long completed publications stay in the registry
 * @param stuckAfter when an incomplete publication counts as stuck (health, God Mode overview)
 */
@ConfigurationProperties("mediapatch.operations.events")
record EventRecoveryProperties(@DefaultValue("200") int batchSize, @DefaultValue("7d") Duration keepCompleted,
        @DefaultValue("10m") Duration stuckAfter) {
}
