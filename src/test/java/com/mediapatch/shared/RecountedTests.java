package com.mediapatch.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecountedTests {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong accounts = new AtomicLong(100);
    private final AtomicLong counts = new AtomicLong();
    private final Recounted<Long> numbers = Recounted.every(A_MINUTE, () -> {
        counts.incrementAndGet();
        return accounts.get();
    }, nanos::get, Runnable::run);

    @Test
    void asksWithinTheFreshnessAreAnsweredFromOneCount() {
        assertThat(numbers.current()).isEqualTo(100L);
        accounts.set(101);
        later(Duration.ofSeconds(59));

        assertThat(numbers.current()).isEqualTo(100L);
        assertThat(counts).hasValue(1);
    }

    @Test
    void aValueOlderThanTheFreshnessIsCountedAgain() {
        numbers.current();
        accounts.set(101);
        later(A_MINUTE.plusSeconds(1));

        numbers.current(); // answers what it has and recounts (here at once, in the background in the application)

        assertThat(numbers.current()).isEqualTo(101L);
        assertThat(counts).hasValue(2);
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
