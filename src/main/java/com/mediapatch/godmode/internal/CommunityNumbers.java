package com.mediapatch.godmode.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every module's numbers for the overview, counted at most once a {@link #FRESHNESS} per node. Counting reads whole
 * tables (accounts, profiles: seconds at 100k members on H2), and the overview is asked on every view: the numbers
 * are kept and recounted in the background once they are older than that, so a view never waits for a count except
 * the first after start. Nothing is shared between nodes, so each node's numbers are at most that old on its own.
 */
@Component
class CommunityNumbers {

    static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final LoadingCache<Boolean, List<Statistic>> counted;

    @Autowired
    CommunityNumbers(List<StatisticsSource> sources) {
        this(sources, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    CommunityNumbers(List<StatisticsSource> sources, Ticker ticker, Executor recounting) {
        List<StatisticsSource> all = List.copyOf(sources);
        this.counted = Caffeine.newBuilder().refreshAfterWrite(FRESHNESS).ticker(ticker).executor(recounting)
                .build(any -> all.stream().flatMap(source -> source.statistics().stream()).toList());
    }

    List<Statistic> current() {
        return counted.get(Boolean.TRUE);
    }
}
