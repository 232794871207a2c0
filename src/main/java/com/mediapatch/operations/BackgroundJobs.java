package com.mediapatch.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the in-process scheduler that modules' periodic jobs run on. Jobs are written to
 * be safe when every node runs them (compare-and-set updates or database locks).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackgroundJobs {
}
