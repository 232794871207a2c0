package com.mediapatch.ai.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/** The wait before retrying a link: doubled per retry, jittered between half and all of it so callers spread out. */
@Component
class Backoff {

    private final AiProperties properties;

    Backoff(AiProperties properties) {
        this.properties = properties;
    }

    Duration delay(int retry) {
        long full = properties.retryBackoff().toMillis() << Math.min(retry, 10);
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    void pause(int retry) {
        try {
            Thread.sleep(delay(retry).toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure(ProviderFailure.Kind.CANCELLED, null);
        }
    }
}
