package com.mediapatch.security.suite;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mediapatch.security.RequestRefused;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Records why requests were refused, so a test can tell a CSRF refusal from any other 403.
 * Importing it also gives the CSRF and cookie tests an application context of their own, in
 * which no test uses Spring Security's test CSRF token (which would swap the real token store).
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordedRefusals {

    private final List<RequestRefused> refusals = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RequestRefused refused) {
        refusals.add(refused);
    }

    void clear() {
        refusals.clear();
    }

    List<RequestRefused.Reason> reasons() {
        return refusals.stream().map(RequestRefused::reason).toList();
    }
}
