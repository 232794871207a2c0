package com.mediapatch.operations;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash left half done. Events handed between modules are recorded before
 * their listeners run (Spring Modulith's publication registry); a process killed in between
 * leaves them incomplete, e.g. an account without its profile. On start, everything
 * published before this process began is handed to its listeners again; afterwards
 * Modulith's staleness check marks publications stuck for longer than
 * {@code spring.modulith.events.staleness.*} as failed (whichever node left them) and this
 * job resubmits them every minute. Listeners are idempotent, so a publication delivered twice
 * (one node restarting while another still works on it) changes nothing twice. Only the
 * platform itself does this, never a command such as "audit verify" that must change nothing.
 */
@Component
@ConditionalOnWebApplication
class EventRecovery {

    private static final Logger log = LoggerFactory.getLogger(EventRecovery.class);

    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final EventRecoveryProperties properties;
    private final Instant started;

    EventRecovery(IncompleteEventPublications incomplete, FailedEventPublications failed,
            CompletedEventPublications completed, EventRecoveryProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.failed = failed;
        this.completed = completed;
        this.properties = properties;
        this.started = clock.instant();
    }

    /** Off the start-up thread: a long backlog must not hold up readiness. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    void resubmitLeftoversOfEarlierRuns() {
        incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(started));
    }

    @Scheduled(fixedDelayString = "${mediapatch.operations.events.resubmit-interval:1m}",
            initialDelayString = "${mediapatch.operations.events.resubmit-interval:1m}")
    void resubmitStuckOnes() {
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(properties.batchSize()));
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
