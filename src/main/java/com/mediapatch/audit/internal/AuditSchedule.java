package com.mediapatch.audit.internal;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The audit log's background work: a checkpoint every checkpoint interval (first one an
 * interval after start) when the log has grown, and ended refused-request windows written
 * every quarter window. Off for the command-line tools (mediapatch.audit.background=false).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "mediapatch.audit.background", matchIfMissing = true)
@EnableScheduling
class AuditSchedule implements SchedulingConfigurer {

    private final Checkpoints checkpoints;
    private final RefusalAuditing refusals;
    private final AuditProperties properties;

    AuditSchedule(Checkpoints checkpoints, RefusalAuditing refusals, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.refusals = refusals;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = properties.checkpointInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(checkpoints::createIfGrown, interval, interval));
        Duration flush = properties.refusalWindow().dividedBy(4);
        registrar.addFixedDelayTask(new FixedDelayTask(refusals::writeEnded, flush, flush));
    }
}
