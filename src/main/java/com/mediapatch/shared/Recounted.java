package com.mediapatch.shared;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * A value that is expensive to count (whole-table counts behind a page everyone visits), counted at most once per
 * freshness period on each node. The first ask counts and waits; once the value is older than the period, an ask
 * gets the value it has while it is counted again in the background, so no visitor waits for a recount. Nothing is
 * shared between nodes: each node's value is at most that old on its own.
 *
 * @param <T> what is counted
 */
public final class Recounted<T> {

    private final LoadingCache<Boolean, T> counted;

    private Recounted(Duration freshness, Supplier<T> counting, Ticker ticker, Executor recounting) {
        this.counted = Caffeine.newBuilder().refreshAfterWrite(freshness).ticker(ticker).executor(recounting)
                .build(any -> counting.get());
    }

    /** Counted with {@code counting}, again in the background once older than {@code freshness}. */
    public static <T> Recounted<T> every(Duration freshness, Supplier<T> counting) {
        return new Recounted<>(freshness, counting, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /** The same with the clock and the recounting thread given, so a test can move time and recount at once. */
    public static <T> Recounted<T> every(Duration freshness, Supplier<T> counting, Ticker ticker, Executor recounting) {
        return new Recounted<>(freshness, counting, ticker, recounting);
    }

    /** The value as last counted, counting it first if it never was. */
    public T current() {
        return counted.get(Boolean.TRUE);
    }

    /** Drops the value once this node knows it changed: the next ask counts again and waits for it. */
    public void forget() {
        counted.invalidateAll();
    }
}
