package com.mediapatch.search;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Whether the search indexes can be trusted yet, and how far their rebuild has come. Rows written
 * without Hibernate (a bulk import, a restored backup, a first start, an index kept in memory) are
 * indexed on start, in the background: until then {@link #ready()} is false and modules answer
 * from their own tables. Changes made through Hibernate need none of this: they are indexed as
 * their transaction commits.
 */
@Service
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final EntityManagerFactory entities;
    private final AtomicLong toIndex = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile boolean ready;

    SearchIndexes(EntityManagerFactory entities) {
        this.entities = entities;
    }

    /** True once every indexed entity's index holds what its table holds. */
    public boolean ready() {
        return ready;
    }

    /** How much of the rebuild is done, 0 to 100 (100 once ready). */
    public int percentDone() {
        if (ready) {
            return 100;
        }
        long total = toIndex.get();
        return total == 0 ? 0 : (int) Math.min(99, indexed.get() * 100 / total);
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    void catchUpOnStart() {
        long started = System.nanoTime();
        try {
            for (SearchIndexedEntity<?> type : Search.mapping(entities).allIndexedEntities()) {
                catchUp(type);
            }
            ready = true;
            log.info("Search indexes ready after {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            log.warn("Search indexes could not be rebuilt: searches use the database until the next start", failed);
        }
    }

    private void catchUp(SearchIndexedEntity<?> type) throws InterruptedException {
        long rows = rows(type.javaClass());
        long documents = documents(type.javaClass());
        if (rows == documents) {
            return;
        }
        log.info("Search index of {} holds {} documents for {} rows: indexing it again", type.jpaName(), documents, rows);
        toIndex.addAndGet(rows);
        // Only an index holding documents of deleted rows is emptied first: purging would hide fresh changes meanwhile.
        Search.mapping(entities).scope(type.javaClass()).massIndexer().purgeAllOnStart(documents > rows)
                .threadsToLoadObjects(1).batchSizeToLoadObjects(100).monitor(new Progress(indexed)).startAndWait();
    }

    private long rows(Class<?> type) {
        try (EntityManager reader = entities.createEntityManager()) {
            CriteriaBuilder criteria = reader.getCriteriaBuilder();
            CriteriaQuery<Long> count = criteria.createQuery(Long.class);
            count.select(criteria.count(count.from(type)));
            return reader.createQuery(count).getSingleResult();
        }
    }

    private long documents(Class<?> type) {
        try (EntityManager reader = entities.createEntityManager()) {
            return Search.session(reader).search(type).where(match -> match.matchAll()).fetchTotalHitCount();
        }
    }
}
