package com.mediapatch.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's store with last-access writes thinned out: every request sets a session's
 * last access time, and the JDBC store turns that into an UPDATE per signed-in request. Here a
 * new last access reaches the store only once the stored one is at least {@code granularity}
 * old, so a busy session is written about once a {@code granularity}. Attribute changes, id
 * changes and new sessions are saved as before. Idle expiry is judged on the stored time, so
 * it comes at most one {@code granularity} early, the same on every node.
 */
class SparseAccessSessions implements FindByIndexNameSessionRepository<SparseAccessSessions.SparseAccessSession> {

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration granularity;

    @SuppressWarnings("unchecked")
    SparseAccessSessions(FindByIndexNameSessionRepository<? extends Session> store, Duration granularity) {
        // The store only ever gets back the sessions it made, which this class wraps and unwraps.
        this.store = (FindByIndexNameSessionRepository<Session>) store;
        this.granularity = granularity;
    }

    @Override
    public SparseAccessSession createSession() {
        return new SparseAccessSession(store.createSession());
    }

    @Override
    public void save(SparseAccessSession session) {
        store.save(session.stored);
    }

    @Override
    public SparseAccessSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new SparseAccessSession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, SparseAccessSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, SparseAccessSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new SparseAccessSession(session)));
        return found;
    }

    /** A stored session whose last access is passed on only when the stored one is old enough. */
    final class SparseAccessSession implements Session {

        private final Session stored;
        private Instant lastAccessedTime;

        private SparseAccessSession(Session stored) {
            this.stored = stored;
            this.lastAccessedTime = stored.getLastAccessedTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            this.lastAccessedTime = lastAccessedTime;
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(granularity))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        /** The latest access, stored or not. */
        @Override
        public Instant getLastAccessedTime() {
            return lastAccessedTime;
        }

        /** Judged on the stored last access, as the store's own clean-up does. */
        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }
    }
}
