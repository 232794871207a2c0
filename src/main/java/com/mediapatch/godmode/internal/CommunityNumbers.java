package com.mediapatch.godmode.internal;

import java.time.Duration;
import java.util.List;

import com.mediapatch.shared.Recounted;
import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.springframework.stereotype.Component;

/**
 * Every module's numbers for the overview, counted at most once a {@link #FRESHNESS} per node. Counting reads whole
 * tables (accounts, profiles: seconds at 100k members on H2), and the overview is asked on every view, so the
 * numbers are {@link Recounted}: a view never waits for a count except the first after start.
 */
@Component
class CommunityNumbers {

    private static final Duration FRESHNESS = Duration.ofMinutes(1);

    private final Recounted<List<Statistic>> counted;

    CommunityNumbers(List<StatisticsSource> sources) {
        List<StatisticsSource> all = List.copyOf(sources);
        this.counted = Recounted.every(FRESHNESS,
                () -> all.stream().flatMap(source -> source.statistics().stream()).toList());
    }

    List<Statistic> current() {
        return counted.current();
    }
}
