package com.mediapatch.calendar.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Keeps the events index in step with rows written by SQL: within the writing transaction it works out the
 * event's next occurrence again, re-reads the row, and Hibernate Search applies the change when the
 * transaction commits.
 */
@Component
class EventIndex {

    private final EventStore events;

    @PersistenceContext
    private EntityManager entityManager;

    EventIndex(EventStore events) {
        this.events = events;
    }

    /** After any change to the event or its occurrences, and once its next occurrence has begun. */
    void changed(UUID id, Instant now) {
        events.moveNextStart(id, now);
        EventDocument document = entityManager.find(EventDocument.class, id);
        if (document != null) {
            entityManager.refresh(document);
            Search.session(entityManager).indexingPlan().addOrUpdate(document);
        }
    }
}
