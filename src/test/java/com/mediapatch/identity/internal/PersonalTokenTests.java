package com.mediapatch.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonalTokenTests {

    private static final Instant MADE = Instant.parse("2026-12-05T12:00:00Z");

    private final PersonalToken token = new PersonalToken(UUID.randomUUID(), "deploy script", "hash", List.of("profile:read"),
            MADE, MADE.plus(Duration.ofDays(30)));

    @Test
    void callsWithinAMinuteOfTheKeptUseChangeNothingSoNothingIsWritten() {
        token.used(MADE.plusSeconds(5));
        token.used(MADE.plusSeconds(30));
        token.used(MADE.plusSeconds(64));

        assertThat(token.lastUsedAt()).isEqualTo(MADE.plusSeconds(5));
    }

    @Test
    void aUseAMinuteAfterTheKeptOneIsKept() {
        token.used(MADE.plusSeconds(5));
        token.used(MADE.plusSeconds(65));

        assertThat(token.lastUsedAt()).isEqualTo(MADE.plusSeconds(65));
    }
}
