package com.mediapatch.audit.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Spring Modulith's application module listener (asynchronous, after the publisher's commit,
 * in a transaction of its own, tracked in the event publication registry), except that it
 * also runs for events published outside any transaction. Spring Security's handlers publish
 * sign-in attempts, sign-outs and passkey removals that way, and a plain module listener
 * silently skips such events: the audit log must hear every one.
 */
@Async
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(fallbackExecution = true)
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AuditListener {

    /** The listener's id in the event publication registry, "audit.on-..." by convention. */
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id();
}
