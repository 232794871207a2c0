package com.mediapatch.operations;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Records how long each start-up step took (bean creation, post-processors, refresh phases), so
 * operators can read the timeline at the actuator startup endpoint, from their addresses only
 * ({@link OperatorEndpoints}). Set before the context refreshes; the buffer holds the first
 * 4,096 steps, a few hundred kilobytes.
 */
public class StartupTimeline implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final int CAPACITY = 4096;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.setApplicationStartup(new BufferingApplicationStartup(CAPACITY));
    }
}
