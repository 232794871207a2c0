package com.mediapatch.search.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The few threads the site-wide search asks its sources on, with a bounded queue: a burst of
 * searches waits there or is refused, never piling up work or taking the request threads. Not a
 * Spring executor bean on purpose: one would replace the executor every asynchronous listener uses.
 */
@Component
class SiteSearchWorkers {

    private final ThreadPoolExecutor executor;

    SiteSearchWorkers(SearchProperties properties) {
        SearchProperties.Site site = properties.site();
        executor = new ThreadPoolExecutor(site.threads(), site.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(site.queue()), named(), new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    ExecutorService executor() {
        return executor;
    }

    /** Lets running searches finish without interrupting them (an interrupt can close database and index files). */
    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "site-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
