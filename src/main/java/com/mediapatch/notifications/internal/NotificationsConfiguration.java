package com.mediapatch.notifications.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Binds the settings and runs the digest every {@code mediapatch.notifications.digest-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration implements SchedulingConfigurer {

    private final DigestMailer digest;
    private final NotificationProperties properties;

    NotificationsConfiguration(DigestMailer digest, NotificationProperties properties) {
        this.digest = digest;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(digest::sendDue, properties.digestInterval(),
                properties.digestInterval()));
    }
}
