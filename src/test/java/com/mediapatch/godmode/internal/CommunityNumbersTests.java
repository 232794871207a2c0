package com.mediapatch.godmode.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mediapatch.shared.Statistic;
import com.mediapatch.shared.StatisticsSource;

import org.junit.jupiter.api.Test;

class CommunityNumbersTests {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong accounts = new AtomicLong(100);
    private final AtomicLong counts = new AtomicLong();
    private final StatisticsSource source = () -> {
        counts.incrementAndGet();
        return List.of(new Statistic("Accounts", "Accounts", accounts.get()));
    };
    private final CommunityNumbers numbers = new CommunityNumbers(List.of(source), nanos::get, Runnable::run);

    @Test
    void viewsWithinAMinuteAreAnsweredFromOneCount() {
        assertThat(numbers.current()).extracting(Statistic::value).containsExactly(100L);
        accounts.set(101);
        later(Duration.ofSeconds(59));

        assertThat(numbers.current()).extracting(Statistic::value).containsExactly(100L);
        assertThat(counts).hasValue(1);
    }

    @Test
    void numbersOlderThanAMinuteAreCountedAgain() {
        numbers.current();
        accounts.set(101);
        later(CommunityNumbers.FRESHNESS.plusSeconds(1));

        numbers.current(); // answers what it has and recounts (here at once, in the background in the application)

        assertThat(numbers.current()).extracting(Statistic::value).containsExactly(101L);
        assertThat(counts).hasValue(2);
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
