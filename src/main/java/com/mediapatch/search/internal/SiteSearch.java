package com.mediapatch.search.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mediapatch.identity.AccountId;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The site-wide search: asks every {@link SearchSource} side by side on its workers and waits for
 * them until one shared deadline. A source that throws, is slower than the deadline or finds every
 * worker busy is left out of the answer (its group says so); the others are answered as usual.
 * A source still running at the deadline is let finish and its answer dropped: interrupting it
 * could close the database's or the index's files under it.
 */
@Service
public class SiteSearch {

    private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

    private final List<SearchSource> sources;
    private final ExecutorService workers;
    private final Duration timeout;

    @Autowired
    SiteSearch(List<SearchSource> sources, SiteSearchWorkers workers, SearchProperties properties) {
        this(sources, workers.executor(), properties.site().timeout());
    }

    SiteSearch(List<SearchSource> sources, ExecutorService workers, Duration timeout) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)
                .thenComparing(SearchSource::key)).toList();
        this.workers = workers;
        this.timeout = timeout;
        var keys = new HashSet<String>();
        this.sources.stream().filter(source -> !keys.add(source.key())).findFirst().ifPresent(twice -> {
            throw new IllegalStateException("Two search sources are called " + twice.key());
        });
    }

    /** Every source, in order: for the page's links to each module's own search. */
    public List<SearchSource> sources() {
        return sources;
    }

    /**
     * Each source's best hits for the query, at most {@code limit} each (clamped to 1..{@link SiteQuery#MAX_HITS}).
     *
     * @param viewer who searches, or null when signed out
     */
    public SiteResults search(SiteQuery query, AccountId viewer, int limit) {
        if (!query.searchable()) {
            return new SiteResults(query, List.of());
        }
        int bounded = Math.max(1, Math.min(SiteQuery.MAX_HITS, limit));
        Map<SearchSource, Future<SearchHits>> asked = new LinkedHashMap<>();
        for (SearchSource source : sources) {
            asked.put(source, ask(source, query, viewer, bounded));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SiteGroup> groups = new ArrayList<>();
        asked.forEach((source, answer) -> groups.add(new SiteGroup(source.key(), source.label(),
                source.searchPage(query), awaited(source, answer, deadline, bounded))));
        return new SiteResults(query, groups);
    }

    private Future<SearchHits> ask(SearchSource source, SiteQuery query, AccountId viewer, int limit) {
        try {
            return workers.submit(() -> source.top(query, viewer, limit));
        } catch (RejectedExecutionException busy) {
            log.warn("Site search left out {}: every worker is busy", source.key());
            return null;
        }
    }

    /** The source's hits, or null when it has none to give in time. Logs name the source and the failure's type only. */
    private static SearchHits awaited(SearchSource source, Future<SearchHits> answer, long deadline, int limit) {
        if (answer == null) {
            return null;
        }
        try {
            SearchHits hits = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return hits == null ? SearchHits.none() : hits.first(limit);
        } catch (TimeoutException slow) {
            answer.cancel(false);
            log.warn("Site search left out {}: no answer before the deadline", source.key());
        } catch (ExecutionException failed) {
            log.warn("Site search left out {}: it failed with {}", source.key(), failed.getCause().getClass().getName());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
