package com.mediapatch;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Lets {@link TestMailbox} wait for the account mail this application context committed but
 * has not written yet (account mail goes out after the commit, on its own thread).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommittedMailWatch implements InitializingBean {

    private final ObjectProvider<MeterRegistry> meters;

    CommittedMailWatch(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        meters.ifAvailable(TestMailbox::watch);
    }
}
